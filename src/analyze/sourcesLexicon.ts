/**
 * Word lists behind source notes (sources.ts): the verbs that attribute a claim, the nouns of vague
 * sourcing, documents and media. Lower-case, several languages (en, de, fr, es, ru). Single words;
 * the scan in sources.ts looks at the words around them.
 */

const set = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/**
 * Verbs that attribute a claim to their subject. Narrower than the quote cues (cueVerbs.ts):
 * "called" or "went on" introduce a quoted label, not a claim, so they are left out here.
 */
export const CLAIM_VERBS = set(`
  said says say told tells tell added adds stated states claimed claims claim claiming estimated estimates
  estimate acknowledged acknowledges acknowledge admitted admits admit announced announces announce confirmed
  confirms confirm denied denies deny insisted insists insist warned warns warn argued argues argue explained
  explains noted notes wrote writes reported report revealed reveals suggested suggests suggest
  believes believe believed alleged alleges allege predicted predicts predict asserted asserts maintained
  maintains stressed stresses urged urges testified described describes concluded concludes found finds showed
  shows indicated indicates indicate accused accuses disclosed discloses conceded concedes contended contends
  recalled recalls revealed reiterated reiterates emphasised emphasized complained complains tweeted posted
  informed
  sagte sagt sagten sagen erklärte erklärt erklärten erklären betonte betont meinte meint meinen schrieb schreibt
  warnte warnt warnten berichtete berichtet berichten behauptete behauptet behaupten kritisierte kritisieren
  räumte bestätigte bestätigt dementierte schätzt schätzen schätzte zufolge teilte glauben glaubt bemängeln
  bemängelte bemängelt fordern forderte warnen
  dit déclaré déclare affirmé affirme affirment estimé estime estiment indiqué indique expliqué explique ajouté
  ajoute souligné souligne reconnu reconnaît annoncé annonce assuré assure assurent démenti rapporte rapporté
  disent précisé averti révélé
  dijo dice dicen dijeron afirmó afirma afirman declaró declara señaló señala señalan explicó explica añadió
  aseguró asegura aseguran indicó indica advirtió reconoció confirmó negó informó informa sostuvo estimó
  reveló
  сказал сказала сказали заявил заявила заявили сообщил сообщила сообщили считают считает отметил отметила
  говорят признал
`);

/** Words that, before a noun phrase, make it the source: "according to X", "laut X", "selon X", … */
export const ACCORDING = set('according laut selon según словам данным citing cited');

/**
 * Heads of vague sourcing: the source is a kind of person or a rumour, never a name.
 * "officials said", "sources familiar with…", "critics", "some have claimed", "Kritiker", "certains".
 */
export const VAGUE_HEADS = set(`
  officials official sources source critics experts analysts observers insiders diplomats witnesses commentators
  campaigners people some others many reports rumours rumors authorities aides allies opponents detractors
  sceptics skeptics insider spokesperson spokesman spokeswoman
  kritiker experten beobachter quellen quelle insider diplomaten analysten fachleute beamte einige manche
  berichten berichte medienberichten kreisen regierungskreisen
  sources responsables certains critiques experts observateurs analystes rapports rumeurs
  fuentes funcionarios algunos críticos expertos analistas observadores informes rumores
  источники эксперты критики некоторые аналитики наблюдатели чиновники
`);

/** Vague heads that are a source by themselves, with no verb: "Reports that…", "Berichten zufolge". */
export const SELF_ATTRIBUTING = set('reports rumours rumors berichten medienberichten rapports informes');

/** Sentence markers of unattributed claims; the marker itself becomes the vague source. */
export const VAGUE_MARKERS: readonly string[] = [
  'reportedly', 'allegedly', 'purportedly', 'supposedly',
  ...['is', 'was', 'has been'].flatMap((be) => ['', 'widely ', 'also ', 'now '].flatMap((adv) =>
    ['reported', 'claimed', 'believed', 'understood', 'said', 'thought', 'rumoured', 'rumored', 'alleged'].map((v) => `it ${be} ${adv}${v}`))),
  'angeblich', 'mutmaßlich', 'es heißt', 'wie es heißt',
  'selon certaines informations', 'on dit', 'il semblerait', 'il paraît',
  'supuestamente', 'presuntamente', 'se dice', 'al parecer',
  'якобы', 'как сообщается', 'по некоторым данным',
];

/**
 * Lower-case words that may stand before a vague head as part of its phrase ("senior officials",
 * "anonymous sources"); capitalised words (US, Western, Kremlin) are taken too, other words end it.
 */
export const VAGUE_MODIFIERS = set(`
  some many several other few two three four five numerous unnamed anonymous senior top high-ranking junior
  former current local government administration intelligence security military police health defence defense
  federal state diplomatic industry company party campaign official independent leading western foreign
  european american russian ukrainian chinese israeli palestinian iranian british french german
  einige viele mehrere andere anonyme hohe hochrangige westliche
  certains plusieurs nombreux hauts autres
  algunos varios muchos otros altos
  некоторые многие
`);

/** Nouns of documents and studies: "a report by X", "the study found", "eine Studie". */
export const DOCUMENT_HEADS = set(`
  report study studies survey surveys poll polls analysis analyses review investigation inquiry audit paper papers
  research document documents letter letters memo memos memorandum filing filings records transcript dossier census
  statement assessment findings data figures
  studie bericht umfrage analyse untersuchung gutachten dokument dokumente erhebung
  étude rapport sondage enquête analyse document documents
  estudio informe encuesta análisis investigación documento documentos
  исследование доклад отчёт отчет опрос документ
`);

/** Verbs that say a document carries a claim ("the study found"). */
export const DOCUMENT_VERBS = set(`
  found finds shows showed show suggests suggested said says concluded concludes revealed reveals estimated
  estimates claims claimed states stated warned warns indicates indicated published obtained seen
  zeigt zeigte ergab kommt belegt montre révèle indique conclut muestra revela indica concluye показало показывает
`);

/** Prepositions that name a document's author: "a report by X", "eine Studie der X", "un rapport de X". */
export const DOCUMENT_BY = set('by from of der des von de du par del от');

const MEDIA_MODIFIERS = ['state', 'state-run', 'state-owned', 'state-controlled', 'local', 'national', 'russian',
  'chinese', 'iranian', 'foreign', 'western', 'israeli', 'turkish', 'north korean', 'british', 'american', 'german',
  'french', 'spanish', 'ukrainian', 'pro-kremlin', 'official'];
const MEDIA_NOUNS = ['tv', 'television', 'media', 'press', 'broadcaster', 'news agency', 'newspaper', 'newspapers', 'radio'];

/** Generic media phrases (no proper name needed): "state TV", "state media", "local press". */
export const MEDIA_PHRASES: readonly string[] = [
  ...MEDIA_MODIFIERS.flatMap((m) => MEDIA_NOUNS.map((n) => `${m} ${n}`)),
  'staatsfernsehen', 'staatsmedien', 'staatliche medien', 'medienberichten', 'télévision d’état', 'télévision d\'état',
  'médias d’état', 'médias d\'état', 'télévision publique', 'televisión estatal', 'medios estatales',
  'государственное телевидение', 'госсми', 'госТВ',
];

/** Words near a generic media phrase that make it the origin of something in the sentence. */
export const MEDIA_CONTEXT = set(`
  footage images pictures video broadcast broadcasts aired showed shown shows reported reports quoted cited
  according told interview report said says published
  berichtete berichtet zeigte zeigten laut zufolge selon rapporte montré según informó mostró
`);

/** Prepositions: a name right after one is an object ("on TV", "to Reuters"), not a subject. */
export const PREPOSITIONS = set(`
  on in at from by with to about for of into over under against after before than like via de del du des
  auf in an von mit zu über für sur dans à avec pour par en con para por sobre в на с о по для
`);

/** Words that name a kind of medium, not an outlet: "TV" alone is not a source's name. */
export const GENERIC_MEDIA = set('tv television media press radio newspaper internet web');

/** Articles that belong to an outlet's name when capitalised ("The Post", "Le Monde", "El País"). */
export const NAME_ARTICLES = set('the le la les el los las der die das il lo');

/** Medium-like phrases that stay vague (no identifiable outlet). */
export const VAGUE_MEDIA = /^(?:local|foreign|western|national) /iu;

/** Last words of a proper name that mark a news outlet rather than another organisation. */
export const MEDIA_WORDS = set(`
  news times post journal herald tribune gazette telegraph guardian mail mirror sun express observer chronicle
  examiner inquirer reuters press tv television radio broadcasting magazine daily wire zeitung spiegel allgemeine rundschau monde figaro libération país mundo vanguardia
  tass interfax novosti xinhua online
`);

/** Outlets known by one name. Lower-case. */
export const KNOWN_MEDIA = set(`
  bbc cnn reuters ap afp tass interfax xinhua bloomberg politico axios npr msnbc nbc abc cbs fox ria dpa efe
  ansa aljazeera al-jazeera
`);
