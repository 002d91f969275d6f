import {
  BASELINE_POLICY_ITEMS,
  POLICY_EXTENSION_KINDS,
  type BaselinePolicyItem,
  type PolicyExtensionKind,
} from '@conduct-desk/shared'

export function isBaselineItem(key: string): key is BaselinePolicyItem {
  return (BASELINE_POLICY_ITEMS as readonly string[]).includes(key)
}

/**
 * The baseline items to show, in the server's order. A key this build has no words for (a newer
 * server) cannot be shown; if none is known, the kiosk still shows the baseline it knows.
 */
export function baselineItemsOf(keys: readonly string[]): BaselinePolicyItem[] {
  const known = keys.filter(isBaselineItem)
  return known.length > 0 ? [...new Set(known)] : [...BASELINE_POLICY_ITEMS]
}

export interface ExtensionGroup {
  readonly kind: PolicyExtensionKind
  readonly texts: readonly string[]
}

/** The extensions grouped by kind, in the fixed kind order; an unknown kind is shown under "other". */
export function extensionGroupsOf(extensions: readonly { kind: string; text: string }[]): ExtensionGroup[] {
  const byKind = new Map<PolicyExtensionKind, string[]>()
  for (const extension of extensions) {
    const text = extension.text.trim()
    if (text === '') {
      continue
    }
    const kind = (POLICY_EXTENSION_KINDS as readonly string[]).includes(extension.kind)
      ? (extension.kind as PolicyExtensionKind)
      : 'other'
    byKind.set(kind, [...(byKind.get(kind) ?? []), text])
  }
  return POLICY_EXTENSION_KINDS.flatMap(kind => {
    const texts = byKind.get(kind)
    return texts ? [{ kind, texts }] : []
  })
}
