/**
 * Local parts of shared mailboxes. The guide asks for a direct, individual address per contact, so
 * a reporter can choose whom to write to; a group address defeats that.
 */
const GROUP_LOCAL_PARTS = new Set([
  'coc',
  'conduct',
  'codeofconduct',
  'code-of-conduct',
  'team',
  'info',
  'hello',
  'contact',
  'contacts',
  'help',
  'support',
  'office',
  'admin',
  'organizers',
  'organisers',
  'orga',
  'committee',
  'board',
  'staff',
  'volunteers',
  'safety',
  'report',
  'reports',
  'noreply',
  'no-reply',
  'all',
  'everyone',
])

/** Whether an address looks like a shared mailbox rather than one person's (`coc@`, `team@`, `info+x@`). */
export function isGroupAddress(email: string): boolean {
  const local = (email.trim().toLowerCase().split('@')[0] ?? '').split('+')[0] ?? ''
  return GROUP_LOCAL_PARTS.has(local) || GROUP_LOCAL_PARTS.has(local.replace(/[._-]/g, ''))
}
