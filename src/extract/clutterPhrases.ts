/**
 * Phrase lists for clutter that markup alone does not reveal: a short block
 * whose *whole* text is one of these is page furniture, not article. Only
 * whole-block matches count (a sentence that mentions "advertisement" stays).
 * Languages: en, de, fr, es, it, pt, nl, pl, ru, zh, ja, ar, tr, sv.
 */
import type { ClutterKind } from '../core/types';

/** Whole-text patterns (after whitespace collapse, trimmed, case-insensitive). */
export const PHRASES: [ClutterKind, RegExp][] = [
  ['ad', /^[-–—*\s]*(?:advertisement|advertising|advertisment|sponsored(?: content| by .{0,40})?|promoted(?: content)?|paid (?:content|post)|ad|ads|anzeige|werbung|publicit[ée]|annonce|publicidad|anuncio|pubblicit[àa]|publicidade|advertentie|reklama|реклама|广告|廣告|広告|إعلان|reklam|annons|story continues below(?: advertisement)?|article continues below(?: advertisement)?|continue reading (?:the )?(?:main )?story(?: below)?|скрыть рекламу)[-–—*\s:：]*$/i],
  ['share', /^(?:share(?: this| on| via)?(?: (?:article|story|post|page))?|share (?:on )?(?:facebook|twitter|x|whatsapp|linkedin|email)|tweet|pin it|email|print|teilen|artikel teilen|diesen artikel teilen|partager(?: cet article| sur .{0,20})?|compartir(?: en .{0,20})?|condividi|compartilhe|compartilhar|delen|udostępnij|поделиться|分享|シェア|مشاركة|paylaş|dela)\s*[:：!?.…]*$/i],
  ['comments', /^(?:leave a (?:reply|comment)|post a comment|add a comment|(?:\d+ )?comments?|(?:\d+ )?responses?|(?:\d+ )?replies|your email address will not be published\.?(?: required fields are marked \*?)?|required fields are marked \*?|post comment|submit comment|cancel reply|comments are closed\.?|log in to (?:comment|reply)|kommentare?|kommentieren|schreibe einen kommentar|kommentar verfassen|deine e-mail-adresse wird nicht veröffentlicht\.?.*|laisser un commentaire|commentaires?|votre adresse e-mail ne sera pas publiée\.?.*|deja un comentario|comentarios?|lascia un commento|commenti|deixe um comentário|comentários|reageer|reacties|skomentuj|komentarze|комментарии|评论|コメント|التعليقات|yorumlar|kommentarer|keine kommentare|no comments(?: yet)?|be the first to comment|noch keine kommentare|kommentar schreiben|write a comment|join the (?:conversation|discussion)|sie müssen sich einloggen.{0,80})\s*[:：!?.…]*$/i],
  ['newsletter', /^(?:subscribe(?: now| today| to .{0,60})?|sign up(?: for .{0,60})?|newsletter|get the .{0,40} newsletter|join our (?:mailing list|newsletter)|get (?:the day’s|the day's|our) .{0,60}(?:inbox|email)\.?|abonnieren|jetzt abonnieren|newsletter abonnieren|s['’]abonner|abonnez-vous|inscrivez-vous(?: à .{0,40})?|suscr[íi]bete|iscriviti|assine|inscreva-se|abonneer|zapisz się|подписаться|订阅|登録|اشترك|abone ol|prenumerera)\s*[:：!.]?$/i],
  ['related', /^(?:related(?: articles?| stories| posts| news| content| coverage| topics| reading)?|you (?:may|might) (?:also )?(?:like|be interested in|have missed)|more (?:from|on|in) .{0,40}|more stories|recommended(?: for you| stories| articles)?|trending(?: now| stories)?|most (?:read|popular|viewed|shared)|popular (?:posts|stories|articles)|latest (?:news|stories|posts|articles)|top stories|see also|also read|read also|don['’]t miss|what to read next|up next|das könnte sie auch interessieren|mehr zum thema|meistgelesen|ähnliche artikel|verwandte artikel|lesen sie auch|auch interessant|à lire aussi|lire aussi|sur le même sujet|les plus lus|articles similaires|noticias relacionadas|te puede interesar|lo más leído|leggi anche|articoli correlati|potrebbe interessarti|leia também|veja também|lees ook|zobacz też|czytaj też|читайте также|похожие статьи|相关文章|相关阅读|関連記事|あわせて読みたい|اقرأ أيضا|ilgili haberler|läs också|das könnte (?:sie|dich) auch interessieren|neueste (?:artikel|beiträge)|empfohlene (?:artikel|beiträge)|weitere (?:artikel|beiträge|themen|news|nachrichten)(?: .{0,30})?|beiträge zum thema|themen (?:im|in diesem) artikel|mehr themen|zum weiterlesen|verwandte beiträge|ähnliche beiträge|entdecke weitere .{0,30}|lesen sie auch(?: die folgenden beiträge)?|le puede interesar|te recomendamos|más noticias|plus d['’]articles|articles liés|sur le même thème|dans la même rubrique|you may also like|more like this|more to explore|further reading|read next|related topics|popular now|editor['’]s picks|das (?:thema|könnte) (?:könnte )?(?:sie|dich) auch interessieren|schon gelesen|meist-?(?:gelesen|diskutiert|kommentiert)|most (?:discussed|commented)|weiterführende(?:r)? links?|weiterführende informationen|à lire (?:aussi|également)|notre sélection|lea también|vea también|mira también|czytaj (?:też|także|więcej)|więcej|\[więcej\]|vorschau auf den nächsten artikel|next article|nächster beitrag)\s*[:：!?.…»›→]*$/i],
  ['other', /^(?:about the author|about us|über (?:den|die) autor(?:in)?|zum autor|zur autorin|die autorin|der autor|à propos de l['’]auteur|l['’]auteur|sobre el autor|sobre o autor|l['’]autore|o autorze|об авторе|作者简介|print(?: this)?(?: article| page)?|drucken|imprimer|imprimir|stampa|drukuj|pdf|permalink|permalien|war (?:der|dieser) artikel (?:hilfreich|nützlich)|was this (?:article|page) helpful|hat ihnen (?:der|dieser) artikel gefallen|valora esta noticia|artikel bewerten|rate this(?: article)?|\(?noch keine bewertungen\)?|table of contents|contents|inhaltsverzeichnis|inhalt|sommaire|table des matières|índice|indice|spis treści|содержание|目次|目录|print recipe|rezept drucken|imprimer la recette|imprimir receta|load more|show more|mehr laden|lade weitere inhalte|weitere inhalte laden|charger plus|cargar más|externer inhalt|external content|contenu externe|bild anzeigen|show image|beitragsbild|featured image|sie sind (?:aktuell |derzeit )?nicht eingeloggt|you are not logged in|vous n['’]êtes pas connecté|\d+\s*min(?:ute)?s?\.?\s*read|reading time\s*[:：]?\s*\d+\s*min(?:ute)?s?|lesezeit\s*[:：]?\s*(?:ca\.\s*)?\d+\s*min(?:uten|\.)?|\d+\s*min(?:uten|\.)?\s*lesezeit|temps de lecture\s*[:：]?\s*\d+\s*min(?:utes)?|\d+\s*min(?:utes)? de lecture|tiempo de lectura\s*[:：]?\s*\d+\s*min(?:utos)?|ten tekst przeczytasz w .{1,30}|czas czytania\s*[:：]?\s*\d+\s*min(?:\.|ut)?|(?:diesen? \S+ |den \S+ )?als pdf(?: herunterladen| downloaden)?|download (?:as )?(?:a )?pdf|pdf herunterladen|télécharger (?:en |le )?pdf)\s*[:：!?.…]*$/i],
  // Bare labels that open a box of contacts, sources or links; only with their colon.
  ['other', /^(?:kontakt|contact|contacto|weitere informationen|zusatzinformationen|more information|further information|plus d['’]informations|más información|quellen(?:angaben)?|von|by|par|por)\s*[:：]$/i],
  ['teaser', /^(?:read more|continue reading|read the full (?:story|article)|full story|click here to read more|weiterlesen|mehr lesen|lire la suite|en savoir plus|leer más|seguir leyendo|leggi di più|continua a leggere|leia mais|lees meer|czytaj dalej|читать далее|阅读全文|続きを読む|اقرأ المزيد|devamını oku|läs mer)\s*(?:[:：»›→>…]|\.\.\.)?$/i],
  ['navigation', /^(?:(?:previous|next|prev|older|newer)(?: (?:post|article|story|page|entry))?\s*[:：»«›‹→←]?.{0,120}|back to top|skip to (?:main )?content|vorheriger artikel|nächster artikel|article précédent|article suivant|artículo anterior|artículo siguiente|articolo precedente|articolo successivo)$/i],
  ['consent', /^(?:we use cookies.{0,300}|this (?:web)?site uses cookies.{0,300}|accept(?: all)?(?: cookies)?|reject all|cookie (?:settings|preferences|policy)|manage (?:cookies|preferences|consent)|wir verwenden cookies.{0,300}|diese website verwendet cookies.{0,300}|alle akzeptieren|ce site utilise des cookies.{0,300}|nous utilisons des cookies.{0,300}|tout accepter|utilizamos cookies.{0,300}|aceptar(?: todo| todas)?|utilizziamo i cookie.{0,300}|accetta(?: tutti)?)$/i],
  ['crumbs', /^(?:(?:posted|filed|published) (?:in|under)\s*[:：]?.{0,120}|tags?\s*[:：].{0,200}|tagged(?: with)?\s*[:：]?.{0,200}|categor(?:y|ies)\s*[:：].{0,200}|topics?\s*[:：].{0,200}|schlagwörter\s*[:：].{0,200}|themen\s*[:：].{0,200}|mots-clés\s*[:：].{0,200}|étiquettes\s*[:：].{0,200}|etiquetas\s*[:：].{0,200}|tag\s*[:：].{0,200}|you are here\s*[:：].{0,200})$/i],
];

/**
 * Image credit lines: "Picture Courtesy: …", "Photo: Reuters", "(Foto: dpa)",
 * "Image credit: …", "Bild: …". Short lines only (see clutter.ts).
 */
export const CREDIT_LINE =
  /^[(\[]?\s*(?:(?:picture|photo|image|photograph|pic|graphic|illustration|video|cover (?:photo|image)|header image|featured image|top image|lead image|beitragsbild|titelbild|titelfoto|aufmacherbild|image de une)s?(?: courtesy| credits?| source| by)?|courtesy|credits?|source of (?:the )?(?:image|photo)|foto(?:s|grafie)?|bild(?:er)?|bildquelle|quelle foto|crédit(?:s)?(?: photo)?|photo(?:graphie)?|illustration|imagen|fotografía|immagine|créditos?|afbeelding|zdjęcie|фото|写真|图片|صورة|görsel|fotoğraf|تصوير|摄影|图片来源|写真提供)\s*(?:[:：©]|courtesy\s+of\b|by\b)\s*\S.{0,150}$/i;

/** A credit with only a copyright sign: "© Reuters", "©AFP/Getty Images". */
export const COPYRIGHT_CREDIT = /^[(\[]?\s*(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?[\p{L}][^.!?]{0,80}[)\]]?$/iu;

export function phraseKind(text: string): ClutterKind | null {
  for (const [kind, re] of PHRASES) if (re.test(text)) return kind;
  return null;
}

/** "Read also:"-style labels that introduce a link to another article. */
export const READ_ALSO_PREFIX =
  /^(?:read (?:also|more)|also read|see also|related|more on this|lesen sie (?:auch|mehr)|auch lesen|siehe auch|mehr zum thema|schon gelesen\??|lire aussi|à lire aussi|voir aussi|lea (?:también|más)|le puede interesar|puedes ver|mire|ver también|leia (?:também|mais)|veja também|leggi anche|czytaj (?:też|także|więcej)|zobacz (?:też|także)|читайте также|ilgili haber|läs också|lees ook)\s*[:：»›→]/i;

/**
 * Photo agencies and stock libraries: a short caption naming one is a credit
 * line ("AFP / MARCO BERTORELLO", "(REUTERS/Denis Balibouse)").
 */
export const AGENCY_CREDIT =
  /(?:^|[\s(/|©])(?:AFP|AP(?: Photo)?|Reuters|REUTERS|dpa|DPA|EPA|Getty(?: Images)?|Shutterstock|iStock(?:photo)?|imago(?: images)?|IMAGO|Unsplash|Pixabay|Pexels|picture[ -]alliance|Keystone|ANSA|EFE|Xinhua|WENN(?:\.com)?|Bloomberg|Alamy|Corbis|PA(?: Images| Wire)|SIPA|Sipa|ABACA|Bestimage|Zuma(?: Press)?|ZUMA)(?=$|[\s)/|,.:;])/;

/** "Quelle: …", "Source: …": a short attribution line, not article prose. */
export const SOURCE_LINE = /^[(\[]?\s*(?:quelle|quellen|source|sources|fuente|fuentes|fonte|fonti|źródło|источник)\s*[:：]\s*\S.{0,100}$/i;

/**
 * A credit at the end of a caption: "… market. Photo: Tomasz Brill/Chronicle",
 * "… samedi. © Photo Julien Marcy / Le Courrier", "… بالكهرباء. تصوير: سامر".
 * Group 1 is the credit.
 */
export const TRAILING_CREDIT =
  /(?:^|[.!?。]\s+|\s[|–—]\s|\s\()((?:©\s*(?:photos?\s+)?|(?:photos?|fotos?|pictures?|images?|bild(?:er)?|crédits?(?: photo)?|credits?|photograph(?:y|s)?|تصوير|摄影|图)\s*(?:[:：]|courtesy\b|by\b))\s*[^.!?]{2,90}?)\)?\s*$/iu;

/** Editor and source sign-offs: "（责任编辑：林晓）", "(Editing by …)". */
export const SIGN_OFF = /^[（(\[]?\s*(?:责任编辑|編集|editing by|edited by|redaktion)\s*[:：]?\s*\S.{0,40}[)）\]]?$/i;
