/**
 * The one typed message protocol between extension contexts:
 * content script ↔ background ↔ popup / reader / library / options.
 *
 * Adding a message (other features append here, one block per feature):
 *   1. add `'area:verb': { req: {...}; res: ... }` to `Protocol`;
 *   2. add its validator to `validators` (the compiler insists) and say which
 *      senders may send it (`from`).
 *   3. send with `sendMessage('area:verb', {...})`, answer with
 *      `handleMessages({ 'area:verb': async (req, sender) => ... })`.
 *
 * Why validate at all: every message is structured-cloned from another context,
 * and content scripts live inside hostile pages. A handler only ever sees a
 * request that passed its validator and came from an allowed sender.
 */
import { browser, type Browser } from 'wxt/browser';
import type { Report, SummaryLength } from '@/src/core/types';
import type { RestrictionKind } from './browserQuirks';

type Sender = Browser.runtime.MessageSender;

/** Why the background could not analyse a tab (before any extraction ran). */
export type TabRefusalCode =
  /** Browser pages, the web store, PDF viewer, view-source, file:// without access. */
  | 'restricted'
  /** The user has not invoked Sourcelight on this tab yet (activeTab not granted). */
  | 'no-access'
  /** The tab is gone. */
  | 'no-tab'
  /** Injection or messaging failed for another reason. */
  | 'failed';

export interface TabRefusal {
  ok: false;
  tabRefusal: TabRefusalCode;
  /** A sentence a person can act on (already localised). */
  message: string;
  /** For 'restricted': which kind of page (the popup explains each). */
  restriction?: RestrictionKind;
  url?: string;
}

/** What the popup and reader receive for a tab: a report (ok or refused by extraction) or a tab refusal. */
export type TabAnalysis = Report | TabRefusal;

export function isTabRefusal(value: TabAnalysis): value is TabRefusal {
  return value.ok === false && 'tabRefusal' in value;
}

/** A quote to save, as the popup/reader knows it (the library helper owns storage and anchoring). */
export interface QuoteSaveRequest {
  /** The quoted words (without marks). */
  text: string;
  speaker: string | null;
  /** Page context; the library fills gaps from its own sources. */
  url: string;
  canonicalUrl?: string | null;
  title?: string | null;
  siteName?: string | null;
  byline?: string | null;
  publishedTime?: string | null;
  /** Text-quote anchor (W3C Web Annotation TextQuoteSelector) and position in article.text. */
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}

export type QuoteSaveResponse = { ok: true; id: string } | { ok: false; message: string };

/** `found: false` means the page opened but the passage is no longer there (or changed beyond recognition). */
export type QuoteShowResponse =
  | { ok: true; tabId: number; found: boolean; exact: boolean }
  | { ok: false; tabId?: number; reason: 'gone' | 'no-access' | 'failed'; message: string };

/** Request and response of every message, keyed by `type`. */
export interface Protocol {
  // --- analysis (extension shell) ---
  /** Popup/reader → background: the report for a tab (cached unless `refresh`). */
  'analysis:get': { req: { tabId: number; force?: boolean; refresh?: boolean }; res: TabAnalysis };
  /** Background → content script: run the pipeline on the live document (and fingerprint it, see fingerprint.ts). */
  'content:analyse': { req: { force?: boolean; summaryLength?: SummaryLength }; res: { report: Report; fingerprint: string } };
  /** Background → content script: is a copy of the script present, which build, and what does the page say now? */
  'content:ping': { req: Record<string, never>; res: { version: string; fingerprint: string } };

  // --- reader (reader helper) ---
  /** Popup → background: open reader mode for a tab (same tab). */
  'reader:open': { req: { tabId: number }; res: { ok: boolean; message?: string } };
  /** Auto-reader content script → background: this page is an article on a chosen site; open reader mode. */
  'reader:auto': { req: Record<string, never>; res: { ok: boolean } };
  /** Options page → background: re-sync auto-reader scripts with stored sites and granted permissions. */
  'autoReader:sync': { req: Record<string, never>; res: { active: string[] } };

  // --- library (quote-library helper) ---
  /** Popup/reader → background: save one quote. */
  'library:save': { req: { tabId?: number; quote: QuoteSaveRequest }; res: QuoteSaveResponse };
  /** Library page → background: open a saved quote's page and find + highlight the passage. */
  'library:show': { req: { id: string }; res: QuoteShowResponse };
}

export type MessageType = keyof Protocol;
export type RequestOf<K extends MessageType> = Protocol[K]['req'];
export type ResponseOf<K extends MessageType> = Protocol[K]['res'];
export type Envelope<K extends MessageType = MessageType> = { type: K; payload: RequestOf<K> };

/** Who may send a message: our own extension pages, our content script (inside a page), or both. */
export type SenderKind = 'extension' | 'content' | 'any';

interface Rule {
  from: SenderKind;
  valid: (payload: Record<string, unknown>) => boolean;
}

// --- small shape checks (no dependency; messages are small) ---
export const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
export const isTabId = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
export const isOptBool = (v: unknown): boolean => v === undefined || typeof v === 'boolean';
export const isStr = (v: unknown, max = 100_000): v is string => typeof v === 'string' && v.length <= max;
export const isOptStr = (v: unknown, max = 100_000): boolean => v === undefined || v === null || isStr(v, max);
export const isOptInt = (v: unknown): boolean => v === undefined || Number.isSafeInteger(v);
const LENGTHS: readonly unknown[] = ['short', 'medium', 'long'];

function isQuoteSaveRequest(q: unknown): q is QuoteSaveRequest {
  return (
    isObj(q) &&
    isStr(q.text, 20_000) &&
    q.text.trim().length > 0 &&
    (q.speaker === null || isStr(q.speaker, 500)) &&
    isStr(q.url, 8_000) &&
    isOptStr(q.canonicalUrl, 8_000) &&
    isOptStr(q.title, 2_000) &&
    isOptStr(q.siteName, 500) &&
    isOptStr(q.byline, 1_000) &&
    isOptStr(q.publishedTime, 100) &&
    isOptStr(q.prefix, 1_000) &&
    isOptStr(q.suffix, 1_000) &&
    isOptInt(q.start) &&
    isOptInt(q.end)
  );
}

const validators: { [K in MessageType]: Rule } = {
  'analysis:get': {
    from: 'extension',
    valid: (p) => isTabId(p.tabId) && isOptBool(p.force) && isOptBool(p.refresh),
  },
  'content:analyse': {
    from: 'extension',
    valid: (p) => isOptBool(p.force) && (p.summaryLength === undefined || LENGTHS.includes(p.summaryLength)),
  },
  'content:ping': { from: 'extension', valid: () => true },
  'reader:open': { from: 'extension', valid: (p) => isTabId(p.tabId) },
  'reader:auto': { from: 'content', valid: () => true },
  'autoReader:sync': { from: 'extension', valid: () => true },
  'library:save': {
    from: 'extension',
    valid: (p) => (p.tabId === undefined || isTabId(p.tabId)) && isQuoteSaveRequest(p.quote),
  },
  'library:show': { from: 'extension', valid: (p) => isStr(p.id, 64) },
};

const extensionOrigin = (): string => browser.runtime.getURL('/');

/** Classifies a sender: our extension page, our content script in a tab, or a stranger. */
export function senderKind(sender: Sender): 'extension' | 'content' | null {
  if (sender.id !== browser.runtime.id) return null;
  const url = sender.url ?? '';
  // Extension pages opened as tabs also carry `sender.tab`, so decide by URL.
  if (url.startsWith(extensionOrigin())) return 'extension';
  if (sender.tab) return 'content';
  return null;
}

/** Returns the envelope when `message` is a well-formed request of a known type, else null. */
export function parseEnvelope(message: unknown): Envelope | null {
  if (!isObj(message) || typeof message.type !== 'string' || !isObj(message.payload)) return null;
  if (!Object.prototype.hasOwnProperty.call(validators, message.type)) return null;
  const rule = validators[message.type as MessageType];
  try {
    return rule.valid(message.payload) ? (message as Envelope) : null;
  } catch {
    return null;
  }
}

function senderAllowed(type: MessageType, sender: Sender): boolean {
  const kind = senderKind(sender);
  if (!kind) return false;
  const from = validators[type].from;
  return from === 'any' || from === kind;
}

export type Handler<K extends MessageType> = (
  req: RequestOf<K>,
  sender: Sender,
) => Promise<ResponseOf<K>> | ResponseOf<K>;
export type Handlers = { [K in MessageType]?: Handler<K> };

/**
 * Registers handlers for some message types in this context (call synchronously
 * at start-up in the background). Messages of other types are left to other
 * listeners; malformed ones and ones from disallowed senders are ignored.
 * Returns a function that removes the listener.
 */
export function handleMessages(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: Sender): Promise<unknown> | undefined => {
    const envelope = parseEnvelope(message);
    if (!envelope) return undefined;
    const handler = handlers[envelope.type] as Handler<MessageType> | undefined;
    if (!handler) return undefined;
    if (!senderAllowed(envelope.type, sender)) return undefined;
    return Promise.resolve().then(() => handler(envelope.payload, sender));
  };
  // The polyfill's listener contract: returning a promise answers the message.
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}

/** Sends a request to the background (or any extension page listening). */
export function sendMessage<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  return browser.runtime.sendMessage({ type, payload } satisfies Envelope<K>) as Promise<ResponseOf<K>>;
}

/** Sends a request to the content script in a tab (top frame only). */
export function sendToTab<K extends MessageType>(tabId: number, type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  return browser.tabs.sendMessage(tabId, { type, payload } satisfies Envelope<K>, { frameId: 0 }) as Promise<
    ResponseOf<K>
  >;
}
