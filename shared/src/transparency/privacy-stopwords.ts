/**
 * Words a transparency report uses on its own (its template and headings, the case actions, statuses
 * and categories, months) and common English words that are also given or family names ("Will",
 * "Grace", "May", "Young"), folded. The rule: a part of a recorded name that is one of these words is
 * matched only inside the full recorded name ("Will Smith", "@will_smith"); written capitalised in
 * the middle of a sentence it is an advisory warning. Without this, a responder called "Will" would
 * make "the report will be published" impossible to publish, since names block.
 * Parts shorter than 3 letters are never matched alone either (see `privacy-names.ts`).
 */
export const PRIVACY_STOPWORDS: ReadonlySet<string> = new Set(
  [
    // Function words of 3+ letters.
    'all and any are but can did for from had has her him his how its let not now off one our out',
    'own per see she the too two use was way who why yes you also been both each even here into just',
    'like many more most much must only over same some such than that them then they this very were',
    'what when will with your about after again being could every other their there these those under',
    'until where which while would should',
    // The report's own vocabulary: sections, process, statuses, actions, categories, channels.
    'report reports reported reporter reporters reporting incident incidents case cases event events',
    'edition editions conference code conduct team teams chair chairs responder responders organizer',
    'organizers organiser organisers attendee attendees speaker speakers volunteer volunteers talk talks',
    'slide slides recording warning warnings verbal written action actions apology apologize apologise',
    'asked told stop avoid contact contacts ended changed excluded social removed volunteering speaking',
    'recommended referred working group law enforcement police called status new acknowledged review',
    'proposed decided resolved resolution closed open summary summaries survey community person people',
    'online total during before history statistics category categories harassment intimidation',
    'unwanted physical photography consent offensive language imagery content chat items safety channel',
    'channels kiosk email phone form desk year years month months week weeks day days transparency',
    'initial full final published publication policy process staff member members time venue room hall',
    'median response first hours number numbers attendance size so far still stays remain closing',
    'ceremony presentation addendum addenda confidence answer answers question questions note notes',
    // Months and weekdays (dates are a separate check).
    'january february march april may june july august september october november december',
    'monday tuesday wednesday thursday friday saturday sunday',
    // English words that are also names.
    // Only words a report plausibly uses: a family name like "Brown" or "Miller" is left to match.
    'grace hope joy rose mark bill frank art summer long page',
    // Particles of family names: matched only with the rest of the name.
    'van von der den del della dos das san santa saint',
  ]
    .join(' ')
    .split(' ')
    .filter(word => word.length > 0),
)

/** Report words that English always capitalises, so a capital says nothing about them being a name. */
export const ALWAYS_CAPITALISED: ReadonlySet<string> = new Set(
  [
    'january february march april may june july august september october november december',
    'monday tuesday wednesday thursday friday saturday sunday',
  ]
    .join(' ')
    .split(' '),
)
