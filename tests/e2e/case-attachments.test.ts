import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { expectAccessible } from '../support/axe.js'
import { useBrowserTests } from '../support/browser.js'
import { demoResponders, openReportedCase, signIn, submitReport } from '../support/case-work.js'
import { BROWSER_LOCALE, messages, type Locale } from '../support/messages.js'

/** The server's own image library (its build runs with it), to make and inspect real JPEGs. */
type Sharp = (input?: Buffer | { create: object }) => {
  jpeg(): { withExif(exif: object): { toBuffer(): Promise<Buffer> } }
  metadata(): Promise<{ format?: string; exif?: Buffer; xmp?: Buffer; iptc?: Buffer }>
}
const sharp = createRequire(path.resolve(import.meta.dirname, '..', '..', 'server', 'package.json'))(
  'sharp',
) as Sharp

const CANARY = 'CANARY-RESPONDER-PHONE'

/** A phone photo: the owner and the place it was taken in its EXIF. */
function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 200, g: 90, b: 60 } } })
    .jpeg()
    .withExif({
      IFD0: { Artist: CANARY },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '38/1 42/1 3/1',
        GPSLongitudeRef: 'W',
        GPSLongitude: '9/1 8/1 2/1',
      },
    })
    .toBuffer()
}

/** The signed-in person's name, as the dashboard shows it. */
const viewerName = (page: Page) =>
  page.evaluate(async () => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ viewer { name } }' }),
    })
    return ((await response.json()) as { data: { viewer: { name: string } } }).data.viewer.name
  })

// Issue 10: responders attach files with the reporters' safety rules. A responder adds a phone photo
// on the case page in Chromium; the team downloads it back without its location; a file of another
// kind is refused in the responder's language.
describe('a responder adds a file to a case', () => {
  const session = useBrowserTests()

  async function tab(locale: Locale): Promise<Page> {
    const opened = await session.open({
      locale: BROWSER_LOCALE[locale],
      acceptDownloads: true,
      // axe is injected as an inline script, which the dashboard's CSP refuses.
      bypassCSP: true,
    })
    return opened.page
  }

  it('uploads a photo through the dashboard, stripped of its GPS, and downloads it back; refuses a page passed off as a picture', async () => {
    const server = await session.startServer()
    const responders = demoResponders(server)
    const { eventId, receipt } = await submitReport(server, {
      description: 'He showed me a photo of my hotel.',
    })
    const en = messages('dashboard', 'en')
    const pt = messages('dashboard', 'pt')

    const amara = await tab('en')
    const caseUrl = await openReportedCase(amara, server, {
      email: responders[0] ?? '',
      locale: 'en',
      eventId,
      reference: receipt.reference,
    })
    const files = amara.getByRole('region', { name: en('cases.attachments.title') })
    await files.getByText(en('cases.attachments.none')).waitFor()
    await expectAccessible(amara, 'case page without files, en')

    const photo = await photoWithGps()
    expect((await sharp(photo).metadata()).exif).toBeDefined()
    await files
      .getByLabel(en('cases.attachments.add'), { exact: true })
      .setInputFiles({ name: 'hotel photo.jpg', mimeType: 'image/jpeg', buffer: photo })
    await files.getByRole('button', { name: en('cases.attachments.send') }).click()
    await files.getByText(en('cases.attachments.added', { name: 'hotel photo.jpg' })).waitFor()

    // The page read the case again: the file is listed as the team's, and the timeline says who added it.
    const name = await viewerName(amara)
    const item = files.getByRole('listitem').filter({ hasText: 'hotel photo.jpg' })
    await item.getByText(en('cases.attachments.addedByTeam', { name }), { exact: false }).waitFor()
    await amara
      .locator('.cases-timeline')
      .getByRole('heading', { name: en('cases.timeline.fileAddedByTeam', { name }) })
      .waitFor()
    await expectAccessible(amara, 'case page with a file the team added, en')

    const [download] = await Promise.all([
      amara.waitForEvent('download'),
      item
        .getByRole('link', { name: en('cases.attachments.downloadNamed', { name: 'hotel photo.jpg' }) })
        .click(),
    ])
    expect(download.suggestedFilename()).toBe('attachment-1.jpg')
    const bytes = await readFile(await download.path())
    const metadata = await sharp(bytes).metadata()
    expect(metadata.format).toBe('jpeg')
    expect([metadata.exif, metadata.xmp, metadata.iptc]).toEqual([undefined, undefined, undefined])
    expect(bytes.includes(CANARY)).toBe(false)

    // Tomás works in Portuguese: a web page named .png is refused, and told why in his language.
    const tomas = await tab('pt')
    await signIn(tomas, server, responders[1] ?? '', 'pt')
    await tomas.goto(caseUrl)
    const ficheiros = tomas.getByRole('region', { name: pt('cases.attachments.title') })
    await ficheiros.getByText('hotel photo.jpg').first().waitFor()
    await ficheiros.getByLabel(pt('cases.attachments.add'), { exact: true }).setInputFiles({
      name: 'screenshot.png',
      mimeType: 'image/png',
      buffer: Buffer.from('<!doctype html><script>alert(1)</script>'),
    })
    await ficheiros.getByRole('button', { name: pt('cases.attachments.send') }).click()
    await ficheiros.getByRole('alert').getByText(pt('errors.reasons.FILE_TYPE_NOT_ACCEPTED')).waitFor()
    await expect(ficheiros.getByText('screenshot.png').count()).resolves.toBe(0)
    await expectAccessible(tomas, 'case page with a refused file, pt')
  })
})
