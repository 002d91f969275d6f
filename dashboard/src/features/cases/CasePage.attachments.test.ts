import { AttachmentReason, ErrorCode } from '@conduct-desk/shared'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { mountApp } from '@/testing/mount-app'
import { plain } from '@/testing/page-clock'
import { buttonNamed as button, caseDetail, stubCase, useCasePageHooks } from './case-page.fixture'

useCasePageHooks()

/**
 * A stand-in for the browser's XMLHttpRequest (happy-dom sends nothing): records what the page sends
 * and lets the test play the upload's progress and the server's answer.
 */
class FakeUpload {
  static sent: FakeUpload[] = []
  method = ''
  url = ''
  body: unknown = null
  status = 0
  responseText = ''
  readonly headers: Record<string, string> = {}
  readonly upload = new EventTarget()
  private readonly events = new EventTarget()

  open(method: string, url: string): void {
    this.method = method
    this.url = url
  }
  setRequestHeader(name: string, value: string): void {
    this.headers[name] = value
  }
  addEventListener(type: string, listener: EventListener): void {
    this.events.addEventListener(type, listener)
  }
  send(body: unknown): void {
    this.body = body
    FakeUpload.sent.push(this)
  }
  progress(loaded: number, total: number): void {
    this.upload.dispatchEvent(Object.assign(new Event('progress'), { lengthComputable: true, loaded, total }))
  }
  answer(status: number, body: object): void {
    this.status = status
    this.responseText = JSON.stringify(body)
    this.events.dispatchEvent(new Event('load'))
  }
}

/** Picks `file` in the page's file input, as the browser's file dialog does. */
async function pick(wrapper: VueWrapper, file: File): Promise<void> {
  const input = wrapper.get<HTMLInputElement>('.cases-attachment-add input[type="file"]')
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
}

const detailCalls = (fetchMock: ReturnType<typeof stubCase>) =>
  fetchMock.mock.calls.filter(call => String(call[1]?.body).includes('query CasesDetail')).length

describe('CasePage, the case’s files', () => {
  beforeEach(() => {
    FakeUpload.sent = []
    vi.stubGlobal('XMLHttpRequest', FakeUpload)
  })

  it('says who added each file and when, in the list and in the timeline', async () => {
    stubCase(caseDetail)
    const { wrapper } = await mountApp('/events/e1/cases/c1')

    const who = wrapper.findAll('[data-testid="attachment-added-by"]').map(row => plain(row.text()))
    expect(who).toHaveLength(2)
    expect(who[0]).toMatch(/^From the reporter · June 3, 2026 at 8:51/)
    expect(who[1]).toMatch(/^Added by Tomás Ferreira · June 3, 2026 at 9:30/)
    const timeline = plain(wrapper.get('.cases-timeline').text())
    expect(timeline).toContain('The reporter added a file')
    expect(timeline).toContain('Tomás Ferreira added a file')
    // The file's name is text, whoever chose it.
    expect(timeline).toContain('<img src=x onerror=alert(1)>.png')
    expect(document.querySelector('main img')).toBeNull()
  })

  it('sends the chosen file with its progress, then reads the case again', async () => {
    const fetchMock = stubCase(caseDetail)
    const { wrapper } = await mountApp('/events/e1/cases/c1')

    await button(wrapper, 'Add the file').trigger('click')
    expect(wrapper.get('.cases-attachment-add .field-error').text()).toBe('Choose a file first.')
    expect(wrapper.get('.cases-attachment-add input').attributes('aria-invalid')).toBe('true')
    expect(FakeUpload.sent).toEqual([])

    const photo = new File(['jpeg bytes'], 'chat é 1.jpg', { type: 'image/jpeg' })
    await pick(wrapper, photo)
    expect(wrapper.find('.cases-attachment-add .field-error').exists()).toBe(false)
    await button(wrapper, 'Add the file').trigger('click')
    const [upload] = FakeUpload.sent
    expect(upload).toMatchObject({
      method: 'POST',
      url: '/api/cases/c1/attachments',
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': 'chat%20%C3%A9%201.jpg' },
      body: photo,
    })

    upload!.progress(5, 10)
    await flushPromises()
    const progress = wrapper.get('.cases-attachment-add progress')
    expect(progress.attributes()).toMatchObject({
      value: '50',
      max: '100',
      'aria-label': 'Sending chat é 1.jpg',
    })
    expect(plain(wrapper.get('.cases-attachment-add').text())).toContain('50% sent')
    expect(button(wrapper, 'Sending…').attributes('aria-disabled')).toBe('true')

    const readsBefore = detailCalls(fetchMock)
    upload!.answer(200, { id: 'a3', kind: 'image' })
    await flushPromises()
    expect(wrapper.get('.cases-attachment-add [role="status"]').text()).toBe(
      'chat é 1.jpg was added to the case.',
    )
    expect(wrapper.find('.cases-attachment-add progress').exists()).toBe(false)
    expect(detailCalls(fetchMock)).toBe(readsBefore + 1)
  })

  it('words the server’s refusal in the page’s language, and refuses a file over 25 MB before sending', async () => {
    stubCase(caseDetail)
    const { wrapper } = await mountApp('/events/e1/cases/c1', { locale: 'pt' })

    await pick(wrapper, new File(['<html>'], 'page.png', { type: 'image/png' }))
    await button(wrapper, 'Adicionar o ficheiro').trigger('click')
    FakeUpload.sent[0]!.answer(400, {
      error: {
        code: ErrorCode.BadUserInput,
        message: 'English',
        reason: AttachmentReason.FileTypeNotAccepted,
      },
    })
    await flushPromises()
    const alert = wrapper.get('.cases-attachment-add [role="alert"]').text()
    expect(alert).toContain('Este tipo de ficheiro')
    expect(alert).not.toContain('English')

    const big = new File(['x'], 'long recording.mp4', { type: 'video/mp4' })
    Object.defineProperty(big, 'size', { value: 26 * 1024 * 1024 })
    await pick(wrapper, big)
    await button(wrapper, 'Adicionar o ficheiro').trigger('click')
    expect(wrapper.get('.cases-attachment-add .field-error').text()).toContain('mais de 25 MB')
    expect(FakeUpload.sent).toHaveLength(1)
  })
})
