import { computed, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { DocumentTable, TransparencyDocument } from './transparency-documents'
import {
  COUNT_GROUPS,
  countKeyId,
  demoteHeadings,
  formatPublishedOn,
  type CountGroup,
  type PublishedTransparencyReport,
} from './transparency-display'

/** Where the words for each breakdown's keys live; categories are the report form's own words. */
const KEY_WORDS: Record<CountGroup, string> = {
  byCategory: 'report.categories',
  byAction: 'transparency.keys.action',
  byChannel: 'transparency.keys.channel',
  byStatus: 'transparency.keys.status',
}

/**
 * The report's statistics as tables and the whole report as a document, in the UI language: the page
 * and its downloads are built from the same words, so what is saved is what was read.
 */
export function useTransparencyDocument(report: Ref<PublishedTransparencyReport>) {
  const { t, te, locale } = useI18n()

  const number = computed(() => new Intl.NumberFormat(locale.value))
  const count = (value: number | null | undefined) =>
    value === null || value === undefined
      ? t('transparency.statistics.notRecorded')
      : number.value.format(value)

  /** A key as counted by the API in words: ours where we have them, else the event's own words. */
  function keyLabel(group: CountGroup, key: string): string {
    const path = `${KEY_WORDS[group]}.${group === 'byCategory' ? key : countKeyId(key)}`
    return te(path) ? t(path) : key
  }

  const historyTable = computed<DocumentTable>(() => ({
    heading: t('transparency.statistics.history'),
    columns: [
      t('transparency.statistics.edition'),
      t('transparency.statistics.inPerson'),
      t('transparency.statistics.online'),
      t('transparency.statistics.count'),
      t('transparency.statistics.during'),
      t('transparency.statistics.after'),
    ],
    rows: report.value.statistics.history.map(edition => [
      edition.eventName,
      count(edition.attendeesInPerson),
      count(edition.attendeesOnline),
      count(edition.reports),
      count(edition.reportsDuringEvent),
      count(edition.reportsAfterEvent),
    ]),
  }))

  /** One table per breakdown that has anything in it. */
  const countTables = computed<DocumentTable[]>(() =>
    COUNT_GROUPS.filter(group => report.value.statistics[group].length > 0).map(group => ({
      heading: t(`transparency.statistics.${group}`),
      columns: [t('transparency.statistics.what'), t('transparency.statistics.count')],
      rows: report.value.statistics[group].map(item => [keyLabel(group, item.key), count(item.count)]),
    })),
  )

  const publishedOn = computed(() => formatPublishedOn(report.value.publishedAt, locale.value))
  const kindLabel = computed(() => t(`transparency.kind.${report.value.kind}`))

  const document = computed<TransparencyDocument>(() => ({
    lang: locale.value,
    title: t('transparency.document.title', { event: report.value.eventName }),
    subtitle: t('transparency.document.subtitle', { kind: kindLabel.value, date: publishedOn.value }),
    markdown: report.value.markdown,
    html: demoteHeadings(report.value.html),
    text: report.value.text,
    statisticsHeading: t('transparency.statistics.heading'),
    tables: [historyTable.value, ...countTables.value],
    addendaHeading: t('transparency.addenda.heading'),
    addenda: report.value.addenda.map(addendum => ({
      heading: t('transparency.addenda.item', {
        date: formatPublishedOn(addendum.publishedAt, locale.value),
      }),
      markdown: addendum.markdown,
    })),
  }))

  return { historyTable, countTables, publishedOn, kindLabel, document, count }
}
