/** How long a download's object URL lives: long enough for every browser to start saving it. */
const REVOKE_AFTER_MS = 1000

/**
 * Saves `content` as a file named `fileName` through a download link to an in-memory Blob. Only for
 * public content (a published transparency report): what a visitor typed never goes to a file.
 */
export function saveFile(fileName: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS)
}
