/**
 * Speech and attribution cue words per language (en, de, fr, es, ru), all tenses we meet in news.
 * Lower-case single words; multi-word cues ("according to", "a déclaré", "по словам") are handled
 * as a single word plus the words around it in speakers.ts.
 */
import { lookupTable } from '../core/lookupTable';

const EN = `said says say saying told tells tell telling added adds adding wrote writes write writing stated states
stating asked asks asking warned warns warning insisted insists insisting explained explains explaining replied
replies replying responded responds responding noted notes noting declared declares declaring continued
continues continuing tweeted tweets tweeting posted posts argued argues arguing claimed claims claiming
concluded concludes concluding acknowledged acknowledges admitted admits admitting announced announces
announcing recalled recalls recalling remarked remarks remarking suggested suggests suggesting promised
promises promising pledged pledges pledging vowed vows vowing urged urges urging predicted predicts predicting
joked jokes joking quipped quips shouted shouts shouting yelled yells yelling chanted chants chanting exclaimed
countered counters conceded concedes observed observes commented comments complained complains complaining
lamented laments boasted boasts bragged brags cautioned cautions emphasized emphasizes emphasised stressed
stresses stressing maintained maintains contended contends charged charges alleged alleges blasted blasts
slammed slams mocked mocks called calls calling described describes describing dubbed dubs labeled labelled
labels reported reports reporting read reads wondered wonders demanded demands demanding proclaimed proclaims
confirmed confirms denied denies assured assures reiterated reiterates answered answers agreed agrees
texted emailed messaged whispered screamed cried sang opined mused testified testifies recounted recounts
elaborated explained announced accused accuses accusing criticized criticised criticizes criticises
praised praises thundered fumed snapped retorted protested protests pleaded pleads begged begs questioned
questions stated estimated estimates revealed reveals revealing predicted headlined titled captioned
concurred surmised theorized speculated speculates summarized summed wrote warned blamed blames thought
believes believed feels felt hopes hoped worries worried fears feared describes insisted pointed points went spoke
speaks speaking says repeated repeats reiterated mocked joked quipped griped grumbled scoffed sneered chided
scolded lectured pressed rebutted disputed conceded acknowledged recounted intoned remarked offered
promised ranted raved railed touted hailed lauded praised cheered gushed marveled marvelled exhorted
remembered reacted reasoned conceded observed summarized concluded cautioned confided confessed
declared acknowledged insisted recalled
decried decries denounced denounces condemned condemns rejected rejects dismissed dismisses branded brands
characterized characterizes characterised portrayed portrays framed welcomed welcomes applauded applauds
celebrated bemoaned bemoans challenged challenges affirmed highlighted highlights underscored underscores
signaled signalled signals implied implies hinted hints indicated indicates expressed expresses voiced
published released issued penned recited muttered clarified clarifies detailed outlined informed reassured
guaranteed swore swears threatened threatens advised encouraged inquired defended defends proposed proposes
offered offers cited cites quoted quotes referred refers touted touts criticized criticizes vowed pledged
predicted promised labeled called dubbed described termed terms likened likens compared compares
rated ruled asserted asserts asserting interjected interjects boomed retweeted chimed bellowed hollered roared
thanked thanks referenced teased taunted groused vented derided ridiculed implored reminisced queried barked deadpanned put puts
typed scrawled scribbled jotted echoed echoes found
quip describe declare acknowledge admit concede contend assert testify reiterate proclaim characterize denounce recount insist conclude`;

const DE = `sagte sagt sagten sagen erklärte erklärt erklärten betonte betont meinte meint schrieb schreibt warnte
warnt fragte fragt antwortete antwortet berichtete berichtet kritisierte kritisiert forderte fordert teilte
sprach spricht so fügte ergänzte ergänzt räumte bekräftigte versicherte versichert unterstrich behauptete
behauptet mahnte mahnt kündigte erzählte erzählt laut zufolge nannte nennt bezeichnete bezeichnet lobte lobt`;

const FR = `dit déclaré déclare affirmé affirme expliqué explique ajouté ajoute souligné souligne estimé estime
indiqué indique averti avertit écrit écrivait précisé précise assuré assure lancé lance martelé martèle insisté
insiste répondu répond demandé demande raconté raconte confié confie reconnu reconnaît dénoncé dénonce
prévenu selon annoncé annonce regretté regrette jugé juge rappelé rappelle qualifié qualifie`;

const ES = `dijo dice decía afirmó afirma declaró declara explicó explica añadió añade agregó agrega aseguró asegura
señaló señala indicó indica advirtió advierte escribió escribe según preguntó pregunta respondió responde
insistió insiste subrayó subraya manifestó sostuvo sostiene comentó comenta apuntó apunta destacó destaca
reconoció reconoce denunció denuncia anunció anuncia calificó califica llamó`;

const RU = `сказал сказала сказали заявил заявила заявили сообщил сообщила сообщили отметил отметила отметили
добавил добавила добавили подчеркнул подчеркнула написал написала написали спросил спросила ответил ответила
пояснил пояснила признал признала предупредил предупредила говорит говорил говорила заявляет считает
рассказал рассказала уточнил уточнила словам утверждает утверждал настаивает назвал назвала назвали`;

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

/** Every cue word, lower-case. */
export const CUE_WORDS = new Set([...words(EN), ...words(DE), ...words(FR), ...words(ES), ...words(RU)]);

/** Participles that take the subject of their clause ("…, saying", "…, adding"). */
export const PARTICIPLE_CUES = new Set(
  [...CUE_WORDS].filter((w) => w.endsWith('ing')),
);

/** Cues that put their speaker after them: "according to X", "selon X", "según X", "laut X", "по словам X". */
export const PREPOSITION_CUES = new Set(['according', 'selon', 'según', 'laut', 'словам']);

/** Cues that only attribute a quote when they come right after it ("„…“, so Merkel"). */
export const AFTER_QUOTE_ONLY = new Set(['so', 'zufolge']);

/**
 * Weak cues: they introduce a quoted phrase ("called it “a disaster”") but not a speech act by
 * themselves, so a quote with only a weak cue is likely a label rather than a statement.
 */
export const NAMING_CUES = new Set([
  'called', 'calls', 'calling', 'described', 'describes', 'describing', 'dubbed', 'dubs', 'labeled', 'labelled',
  'labels', 'titled', 'headlined', 'captioned',
]);

/** Pronouns that can be a speaker, with the gender they point to (null: plural or unknown). */
export const PRONOUNS = lookupTable<'m' | 'f' | 'p' | null>({
  he: 'm', she: 'f', they: 'p', i: null, we: 'p', it: null,
  er: 'm', sie: null, il: 'm', elle: 'f', ils: 'p', elles: 'p', él: 'm', ella: 'f', ellos: 'p', ellas: 'p',
  он: 'm', она: 'f', они: 'p',
});

/** "saying", "citing", "acknowledging": an -ing form of a cue verb. */
export function speechParticiple(lc: string): boolean {
  if (PARTICIPLE_CUES.has(lc)) return true;
  if (!lc.endsWith('ing') || lc.length < 6) return false;
  const stem = lc.slice(0, -3);
  return CUE_WORDS.has(stem + 'ed') || CUE_WORDS.has(stem + 'd') || CUE_WORDS.has(stem + 'es') || CUE_WORDS.has(stem + 's');
}
