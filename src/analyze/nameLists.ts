/**
 * Word lists behind name and role detection (names.ts). Lower-case; a trailing dot is stripped
 * before lookup except where the dotted form is listed. Multilingual where cheap (en, de, fr, es, ru).
 */

/** Words that make the capitalised words before a name a role ("Russian President", "Sen."). */
export const ROLE_WORDS = new Set([
  'president', 'vice', 'senator', 'sen', 'governor', 'gov', 'rep', 'representative', 'congressman',
  'congresswoman', 'secretary', 'minister', 'chancellor', 'mayor', 'judge', 'justice', 'general', 'gen',
  'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair', 'director', 'ceo', 'leader',
  'speaker', 'candidate', 'nominee', 'ambassador', 'king', 'queen', 'prince', 'princess', 'pope', 'commissioner',
  'chief', 'officer', 'adviser', 'advisor', 'aide', 'manager', 'analyst', 'professor', 'prof', 'dr', 'author',
  'lawyer', 'attorney', 'founder', 'host', 'anchor', 'reporter', 'correspondent', 'editor', 'economist',
  'official', 'sheriff', 'lieutenant', 'lt', 'colonel', 'col', 'captain', 'capt', 'sergeant', 'sgt', 'admiral',
  'adm', 'commander', 'premier', 'prime', 'deputy', 'assistant', 'strategist', 'pollster', 'consultant',
  'coach', 'councilman', 'councilwoman', 'councillor', 'delegate', 'activist', 'chairperson', 'executive',
  'treasurer', 'head', 'bishop', 'archbishop', 'rabbi', 'imam', 'reverend', 'rev', 'pastor', 'father',
  'sister', 'brother', 'state', 'attorney-general', 'whip', 'majority', 'minority', 'leader', 'superintendent',
  'inspector', 'detective', 'det', 'constable', 'marshal', 'major', 'maj', 'sultan', 'emir', 'sheikh', 'ayatollah',
  'cardinal', 'rabbi', 'dean', 'provost', 'scientist', 'researcher', 'journalist', 'columnist', 'writer',
  'businessman', 'businesswoman', 'billionaire', 'mogul', 'investor', 'philanthropist', 'actor', 'actress',
  'singer', 'rapper', 'star', 'comedian', 'player', 'quarterback', 'striker', 'presenter', 'commentator',
  'founder', 'co-founder', 'owner', 'partner', 'physician', 'doctor', 'surgeon', 'nurse', 'teacher', 'student',
  'resident', 'voter', 'supporter', 'opponent', 'critic', 'expert', 'historian', 'lawmaker', 'legislator',
  'politician', 'diplomat', 'envoy', 'negotiator', 'prosecutor', 'counsel', 'solicitor', 'barrister', 'clerk',
  'vp', 'cfo', 'coo', 'cto', 'md', 'gop', 'del.', 'assemblyman', 'assemblywoman', 'alderman', 'selectman',
  'moderator', 'co-host', 'neurosurgeon', 'developer', 'producer', 'donor', 'contender', 'constituent',
  'speechwriter', 'incumbent', 'ally', 'confidant', 'confidante', 'loyalist', 'surrogate', 'committeeman',
  'committeewoman', 'advocate',
  // German, French, Spanish, Russian
  'präsident', 'bundeskanzler', 'kanzlerin', 'kanzler', 'ministerin', 'sprecher', 'sprecherin', 'außenminister',
  'président', 'présidente', 'ministre', 'porte-parole', 'premier', 'presidente', 'ministro', 'ministra',
  'portavoz', 'президент', 'министр', 'премьер', 'глава', 'председатель', 'пресс-секретарь', 'губернатор',
]);

/** A capitalised run ending in one of these names a body, not a person. */
export const ORG_WORDS = new Set([
  'party', 'committee', 'department', 'ministry', 'office', 'agency', 'association', 'council', 'commission',
  'institute', 'university', 'college', 'campaign', 'news', 'times', 'post', 'journal', 'network', 'corp',
  'corporation', 'inc', 'ltd', 'llc', 'co', 'company', 'foundation', 'center', 'centre', 'bureau', 'service',
  'court', 'congress', 'senate', 'house', 'parliament', 'duma', 'government', 'administration', 'army', 'navy',
  'police', 'union', 'bank', 'fund', 'group', 'club', 'church', 'reuters', 'press', 'tribune', 'herald',
  'gazette', 'magazine', 'television', 'tv', 'radio', 'channel', 'broadcasting', 'board', 'authority',
  'organization', 'organisation', 'alliance', 'coalition', 'federation', 'league', 'movement', 'caucus',
  'pac', 'forces', 'force', 'guard', 'command', 'ministerium', 'regierung', 'partei', 'ministère',
  'gouvernement', 'gobierno', 'ministerio', 'kremlin', 'pentagon', 'assembly', 'cabinet', 'embassy',
  'consulate', 'tribunal', 'review', 'daily', 'observer', 'guardian', 'telegraph', 'chronicle', 'monitor',
  'report', 'examiner', 'inquirer', 'sun', 'mirror', 'express', 'mail', 'wire', 'politico', 'institution',
  'trust', 'society', 'laboratory', 'lab', 'hospital', 'school', 'academy', 'initiative', 'project',
  'watch', 'international', 'industries', 'holdings', 'group', 'airlines', 'motors', 'systems',
  'technologies', 'media', 'studios', 'entertainment', 'democrats', 'republicans', 'conservatives',
  'liberals', 'clinic', 'prison', 'team', 'staff', 'panel', 'secretariat', 'directorate', 'senators',
]);

/** Single names of well-known bodies ("the Kremlin"). Lower-case. */
export const KNOWN_ORGS = new Set([
  'kremlin', 'white house', 'pentagon', 'downing street', 'elysée', 'elysee', 'vatican', 'nato', 'un',
  'united nations', 'european union', 'eu', 'fbi', 'cia', 'nsa', 'congress', 'senate', 'gop', 'cnn', 'bbc',
  'fox', 'fox news', 'msnbc', 'nbc', 'abc', 'cbs', 'npr', 'ap', 'afp', 'reuters', 'tass', 'ria novosti',
  'interfax', 'politico', 'breitbart', 'google', 'facebook', 'twitter', 'apple', 'microsoft', 'amazon',
  'bundesregierung', 'bundestag', 'elysée palace', 'state department', 'justice department', 'supreme court',
  'who', 'imf', 'opec', 'hamas', 'hezbollah', 'taliban', 'isis', 'al qaeda', 'al-qaeda', 'scotus', 'dnc',
  'rnc', 'democrats', 'republicans', 'islamic state', 'isil', 'al-shabab', 'boko haram', 'nra', 'aclu',
]);

/** Capitalised words that are not names on their own (sentence openers, days, months, pronouns). */
export const NOT_NAMES = new Set([
  'the', 'a', 'an', 'but', 'and', 'or', 'nor', 'in', 'on', 'at', 'for', 'with', 'as', 'after', 'before', 'when',
  'while', 'if', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her',
  'their', 'our', 'my', 'its', 'your', 'there', 'here', 'what', 'who', 'why', 'how', 'where', 'which', 'some',
  'many', 'most', 'all', 'both', 'each', 'every', 'no', 'not', 'so', 'yet', 'since', 'because', 'although',
  'though', 'also', 'then', 'now', 'still', 'just', 'even', 'only', 'one', 'two', 'three', 'according',
  'meanwhile', 'however', 'instead', 'despite', 'during', 'following', 'under', 'over', 'from', 'by', 'about',
  'into', 'through', 'against', 'between', 'among', 'without', 'within', 'like', 'unlike', 'today',
  'yesterday', 'tomorrow', 'last', 'next', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'mr', 'mrs', 'ms', 'dr', 'do', 'does', 'did', 'is', 'are',
  'was', 'were', 'will', 'would', 'can', 'could', 'should', 'has', 'have', 'had', 'to', 'of', 'yes', 'oh',
  'well', 'please', 'sorry', 'hey', 'hi', 'hello', 'dear', 'wow', 'okay', 'thank', 'thanks', 'let', 'let’s', 'let\'s', 'i’m', 'i\'m', 'we’re', 'it’s', 'it\'s',
  'don’t', 'don\'t', 'asked', 'said', 'says', 'other', 'others', 'another', 'such', 'more', 'much', 'any',
  'whether', 'until', 'once', 'again', 'perhaps', 'maybe', 'indeed', 'rather', 'thus', 'therefore',
  'earlier', 'later', 'soon', 'neither', 'either', 'nevertheless', 'nonetheless', 'moreover', 'furthermore', 'sources', 'officials', 'critics', 'experts', 'reports', 'analysts',
  'der', 'die', 'das', 'und', 'le', 'la', 'les', 'el', 'los', 'las', 'et', 'y', 'но', 'и', 'в', 'на', 'по',
  'photo', 'picture', 'image', 'video', 'read', 'watch', 'follow', 'share', 'click', 'sign', 'subscribe',
  'updated', 'advertisement', 'related', 'more', 'see', 'getty', 'images', 'jan', 'feb', 'aug', 'sept', 'sep',
  'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'selon', 'según', 'laut', 'dans', 'pour',
  'avec', 'sans', 'pero', 'para', 'por', 'con', 'sin', 'mit', 'für', 'nach', 'bei', 'aber', 'doch', 'mais', 'car',
  'il', 'elle', 'ils', 'elles', 'er', 'sie', 'es', 'él', 'ella', 'ellos', 'ellas', 'он', 'она', 'они',
  'по', 'но', 'как', 'что', 'это', 'quand', 'lorsque', 'cuando', 'mientras', 'wenn', 'während', 'когда',
]);

/** Countries, regions and cities common in the news: capitalised, but never a speaker by themselves. */
export const PLACES = new Set([
  'ukraine', 'russia', 'moscow', 'kyiv', 'kiev', 'america', 'united states', 'us', 'u.s.', 'usa', 'britain',
  'uk', 'u.k.', 'england', 'scotland', 'wales', 'ireland', 'france', 'paris', 'germany', 'berlin', 'spain',
  'madrid', 'italy', 'rome', 'china', 'beijing', 'japan', 'tokyo', 'india', 'delhi', 'new delhi', 'pakistan',
  'iran', 'tehran', 'iraq', 'baghdad', 'syria', 'damascus', 'israel', 'jerusalem', 'gaza', 'egypt', 'cairo',
  'turkey', 'ankara', 'istanbul', 'europe', 'asia', 'africa', 'london', 'washington', 'new york', 'california',
  'texas', 'florida', 'ohio', 'iowa', 'new hampshire', 'nevada', 'south carolina', 'virginia', 'pennsylvania',
  'michigan', 'wisconsin', 'north carolina', 'georgia', 'arizona', 'colorado', 'chicago', 'los angeles',
  'mexico', 'canada', 'brazil', 'australia', 'korea', 'north korea', 'south korea', 'afghanistan', 'libya',
  'benghazi', 'crimea', 'donbas', 'belarus', 'poland', 'warsaw', 'cuba', 'venezuela', 'saudi arabia', 'yemen',
  'lebanon', 'jordan', 'qatar', 'nato', 'st. petersburg', 'vienna', 'brussels', 'geneva', 'sweden', 'norway',
  'denmark', 'finland', 'netherlands', 'belgium', 'switzerland', 'austria', 'greece', 'portugal', 'hungary',
  'romania', 'bulgaria', 'serbia', 'croatia', 'alabama', 'alaska', 'arkansas', 'connecticut', 'delaware',
  'hawaii', 'idaho', 'illinois', 'indiana', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland',
  'massachusetts', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'new jersey', 'new mexico',
  'north dakota', 'oklahoma', 'oregon', 'rhode island', 'south dakota', 'tennessee', 'utah', 'vermont',
  'west virginia', 'wyoming', 'manhattan', 'brooklyn', 'boston', 'philadelphia', 'miami', 'houston', 'dallas',
  'atlanta', 'detroit', 'cleveland', 'denver', 'seattle', 'san francisco', 'las vegas', 'orlando',
]);

/** All-caps words that name no body: time zones, clock and letter abbreviations ("5:22 PM EST"). */
export const NON_NAME_ACRONYMS = new Set([
  'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'gmt', 'utc', 'bst', 'cet', 'cest', 'am', 'pm', 'ps',
  'ok', 'tv', 'faq', 'ceo', 'cfo', 'vp', 'gdp', 'dna', 'ii', 'iii', 'iv', 'lol', 'omg',
]);

// Lower-case particles inside names ("Ludwig van Beethoven", "Osama bin Laden").
export const CONNECT = String.raw`(?:van|von|der|den|de|del|della|di|da|du|la|le|bin|al|ibn|of)`;

// Nationalities, parties and adjectives of a body: descriptions in front of a name, never a name alone.
export const DEMONYM = /^(?:American|Russian|Ukrainian|British|English|French|German|Spanish|Italian|Chinese|Japanese|Korean|Indian|Iranian|Iraqi|Syrian|Israeli|Palestinian|Egyptian|Turkish|Saudi|Mexican|Canadian|European|African|Asian|Arab|Muslim|Christian|Jewish|Catholic|Soviet|Western|Eastern|Northern|Southern|Polish|Belarusian|Afghan|Pakistani|Cuban|Brazilian|Australian|Greek|Dutch|Swedish|Swiss|Austrian|Hispanic|Latino|Latina|Asian-American|African-American|Democratic|Republican|Conservative|Liberal|Progressive|Independent|Libertarian|Moderate|Evangelical|Federal|National|Presidential|Congressional)s?$/u;

// Last words of a place, a building, a publication, a day or a law: a run ending in one names no person.
export const PLACE_OR_WORK_END = 'News|Day|Act|Bill|Law|Plan|Center|Street|Avenue|Road|Square|Park|Hall|Tower|Building|Airport|Station|Bridge|River|Lake|Mountain|Island|County|City|State|Valley|Beach|Times|Post';
