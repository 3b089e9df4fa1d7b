/**
 * Lexicons for the insurance-aware sentiment scorer.
 *
 * Scale: valences are on VADER's scale, roughly -4 (very negative) … +4 (very
 * positive). wink-nlp's own lexicon values (AFINN-like, -1 … 1 after wink's
 * /1000) are multiplied by WINK_SCALE to land on the same scale.
 *
 * Nothing here is keyed to a particular sentence of any data set: entries are
 * general words and phrases (customer-service and insurance vocabulary, plus a
 * general review vocabulary for products, restaurants and films).
 *
 * Matching: single words match a token's normal form OR its lemma (so
 * "ignored"/"ignoring" match "ignore"). Phrase patterns are space-separated
 * elements, each element being alternatives separated by "|":
 *   - "~"        skips 0–2 word tokens (never crosses punctuation),
 *   - "x?"       element x is optional,
 *   - "-"        matches a hyphen token (wink splits "hassle-free" into 3 tokens),
 *   - "#dur"     a duration such as "three weeks", "48 hours", "a few months",
 *   - "{a b|c}"  a group whose alternatives may be several words; the pattern is expanded into one
 *                pattern per alternative (a bare "a|b c" element holds single words only).
 * A negator skipped by a "~" gap that the pattern does not itself name negates the phrase.
 * Contractions are already expanded by wink ("didn't" → "do not", "won't" → "will not").
 */

/** Multiplier taking wink's per-match sentiment (≈ -1 … 1) to VADER's -4 … 4 scale. */
export const WINK_SCALE = 4;

/** Negators: flip (×NEGATION_SCALAR) a sentiment item within NEGATION_WINDOW word tokens after them. */
export const NEGATORS = new Set([
  "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without",
  "cannot", "hardly", "scarcely", "barely", "nowhere", "lack", "lacks", "lacking", "lacked", "rarely", "seldom", "least",
]);
export const NEGATION_SCALAR = -0.74;
export const NEGATION_WINDOW = 3;

/** Intensifiers (+) and downtoners (-): added to |valence| of the next sentiment item (VADER B_INCR = 0.293). */
export const BOOSTERS: Record<string, number> = {
  absolutely: 0.293, amazingly: 0.293, awfully: 0.293, completely: 0.293, considerably: 0.293, deeply: 0.293,
  enormously: 0.293, entirely: 0.293, especially: 0.293, exceptionally: 0.293, extremely: 0.293, fully: 0.293,
  genuinely: 0.293, greatly: 0.293, highly: 0.293, hugely: 0.293, incredibly: 0.293, insanely: 0.293,
  massively: 0.293, most: 0.293, particularly: 0.293, really: 0.293, remarkably: 0.293, seriously: 0.293,
  so: 0.293, such: 0.2, super: 0.293, thoroughly: 0.293, totally: 0.293, truly: 0.293, utterly: 0.293,
  very: 0.293, unbelievably: 0.293, ridiculously: 0.293, terribly: 0.293, frankly: 0.15, honestly: 0.15,
  // downtoners
  slightly: -0.293, somewhat: -0.293, marginally: -0.293, partly: -0.293, fairly: -0.15,
  kinda: -0.293, sorta: -0.293, mildly: -0.293, moderately: -0.2, occasionally: -0.2, quite: -0.1,
  reasonably: -0.15, rather: -0.15, almost: -0.2, little: -0.2, bit: -0.293,
};

/** Contrast words: the clause after them dominates (VADER: before ×0.5, after ×1.5). */
export const CONTRAST_AFTER = new Set(["but", "however", "yet", "though", "nevertheless", "nonetheless"]);
/** Concessive markers: the clause they introduce is down-weighted (×0.5), the rest of the sentence up-weighted. */
export const CONCESSIVE = new Set(["although", "though", "despite", "whilst", "while", "albeit"]);

/** Expectation/broken-promise markers ("I was promised", "supposedly"): a reported expectation is not an experience. */
export const EXPECTATION_PATTERNS: string[] = [
  "be|was|were|been promised|assured|told",
  "supposed|meant to",
  "supposedly|allegedly|apparently",
  "should have|'ve been|arrived|had",
];
export const EXPECTATION_VALENCE = -0.9;

/**
 * Own single-word lexicon, looked up before the general lexicon (VADER's, pipeline/general-lexicon.ts)
 * and wink's. It holds only what the general lexicon does not get right for us:
 * - insurance vocabulary: a 0 entry silences words that in customer messages describe the insured
 *   event or the product rather than the customer's attitude ("damage", "accident", "premium",
 *   "loss", "pay", "cancel"), or are politeness ("please"); customer-service words the general
 *   lexicon lacks ("runaround", "overcharged", "repudiated", "prompt", "seamless");
 * - deliberate recalibrations (|ours − VADER| > 1, e.g. "hope" 0.4 not 1.9: hoping is asking);
 * - review adjectives the general lexicon lacks ("bland", "flimsy", "tedious", "gripping").
 * Entries that only repeated the general lexicon (same sign, within 1 point) were removed on
 * 2026-11-25, with the one-sentence patches (nouns such as "gristle", "flavour", "homemade") that
 * had been added to mend single development sentences.
 */
export const WORDS: Record<string, number> = {
  // --- insured events / product vocabulary: descriptive, not evaluative
  accident: 0, damage: 0, damaged: 0, theft: 0, stolen: 0, steal: 0, burglary: 0, burgle: 0, burgled: 0,
  loss: 0, flood: 0, flooding: 0, storm: 0, fire: 0, leak: 0, crash: 0, collision: 0, injury: 0, injured: 0,
  emergency: 0, premium: 0, excess: 0, claim: 0, insurance: 0, cover: 0, risk: 0, liability: 0,
  please: 0, kindly: 0, dear: 0, care: 0, like: 0, pretty: 0, hope: 0.4, help: 0.6,
  free: 0.3, security: 0, protection: 0, benefit: 0, bonus: 0, interest: 0, credit: 0, death: 0, die: -0.6,
  died: -0.6, ill: 0, illness: 0, sick: 0, cancer: 0, condition: 0, subsidence: 0, vandalism: 0, alarm: 0,
  waiting: -0.6, wait: -0.6, waited: -1.2, chase: -1.5, chasing: -1.6, chased: -1.5,
  // money moving and cancelling are what claims and policies do, not complaints (the general lexicon
  // rates "pay" -0.4 and "cancel" -1.0); "no" is a negator, handled by negation, not a word of its own
  pay: 0, paid: 0, cancel: 0, cancelled: 0, canceled: 0, cancellation: 0, no: 0,
  // --- customer-service negatives
  unanswered: -2.0, unresolved: -1.8,
  decline: -1.8, declined: -1.8, refuse: -2.2, refused: -2.3,
  repudiate: -2.3, repudiated: -2.3, runaround: -2.6, excuse: -1.2, excuses: -1.6,
  delays: -1.8, slow: -1.5, slowly: -1.2, overdue: -1.6,
  overcharge: -2.4, overcharged: -2.4, overcharging: -2.4, overpriced: -2.2, extortionate: -2.8, exorbitant: -2.5,
  unaffordable: -2.0, pricey: -1.0, expensive: -1.2, steep: -0.8,
  dismissive: -2.4, unhelpful: -2.4,
  condescending: -2.2, patronising: -2.2, patronizing: -2.2, insensitive: -2.2,
  shambles: -2.8, shambolic: -2.8, nightmare: -2.8,
  joke: -1.2, jargon: -1.0, incomplete: -1.0,
  "mis-sold": -2.6, missold: -2.6, technicality: -1.8, loophole: -1.8, uninsured: -1.5, underinsured: -1.5,
  penalise: -1.8, penalised: -1.8, penalize: -1.8, penalized: -1.8, hell: -2.2,
  issue: -0.8, issues: -1.0, hassle: -1.8, fuss: -1.2, quibble: -1.2,
  quibbles: -1.2,
  fed: 0, disgraceful: -3.0, appalling: -3.0, shocking: -2.8,
  dreadful: -3.0, abysmal: -3.2, atrocious: -3.2, poorly: -2.0,
  cowboy: -1.8, cowboys: -1.8, shoddy: -2.6, botched: -2.6,
  impossible: -1.6, buried: -1.0,
  crashes: -1.6, crashing: -1.6, glitch: -1.8, glitchy: -1.8, buggy: -2.0, bug: -1.2, unreliable: -2.2,
  // --- customer-service positives
  quick: 1.8, quickly: 1.8, quicker: 1.6, fast: 1.6, faster: 1.4, prompt: 2.0, promptly: 2.0, swift: 2.0,
  speedy: 2.0, effortless: 2.4, painless: 2.2, seamless: 2.4, seamlessly: 2.4,
  smooth: 1.9, smoothly: 2.0, straightforward: 1.8, simple: 1.2,
  polite: 1.8, patient: 1.6, professional: 1.8, professionally: 1.8,
  knowledgeable: 2.0, thorough: 1.6,
  understanding: 1.4, transparent: 1.6,
  fairly: 1.2, reasonable: 1.4, affordable: 1.6, cheaper: 1.2,
  thrilled: 3.0,
  flawlessly: 3.0, exceptional: 3.0, refreshing: 1.8, refreshingly: 1.8, informed: 0.8, sorted: 1.4,
  genuine: 0.8, bearable: 0.8,
  // --- general review vocabulary (products, restaurants, films)
  bland: -2.0, tasteless: -2.2, flavourless: -2.2, flavorless: -2.2, stale: -2.0,
  soggy: -2.0, greasy: -1.6, lukewarm: -1.4, undercooked: -2.0, overcooked: -2.0, burnt: -1.8, rubbery: -2.0,
  mushy: -1.6, watery: -1.6, salty: -1.0, inedible: -3.0,
  flimsy: -2.2, cheaply: -1.8, cheap: -0.4, faulty: -2.4, cracked: -1.5,
  leaky: -1.8, unusable: -2.8, junk: -2.8, garbage: -2.8, trash: -2.6, rubbish: -2.6,
  mediocre: -2.0, meh: -1.4, underwhelming: -2.2, underwhelmed: -2.2, lackluster: -2.0, lacklustre: -2.0,
  subpar: -2.2,
  overrated: -2.0, overhyped: -2.0, pointless: -2.2, unwatchable: -3.0,
  unfunny: -2.4, incoherent: -2.2, convoluted: -1.8, pretentious: -1.8, wooden: -1.6, shallow: -1.4,
  tedious: -2.4, boring: -2.4, plodding: -1.8, bloated: -1.6,
  overlong: -1.8, clunky: -1.8, lifeless: -2.2, uninspired: -2.2, derivative: -1.4, forgettable: -2.0,
  predictable: -1.6, cliched: -1.8, "clichéd": -1.8, cringe: -2.0, cringeworthy: -2.4, dated: -1.0,
  cramped: -1.6, filthy: -2.8, smelly: -2.2,
  laggy: -1.8, flaky: -1.6,
  stinks: -2.6, sucks: -2.6,
  slowest: -1.8, nauseating: -2.6,
  tasty: 2.4, flavourful: 2.4, flavorful: 2.4,
  crispy: 1.4, juicy: 1.6, succulent: 2.2, mouthwatering: 2.6, gripping: 2.6, riveting: 2.8,
  compelling: 2.4, captivating: 2.6, engrossing: 2.4, absorbing: 1.8, mesmerizing: 2.6, mesmerising: 2.6,
  stunning: 2.8,
  witty: 2.2, touching: 2.0, poignant: 1.8,
  masterful: 3.0, incredible: 2.8,
  sturdy: 2.0, durable: 2.0, reliable: 2.0, comfy: 2.0, cozy: 1.8, cosy: 1.8, spacious: 1.6,
  roomy: 1.6, attentive: 2.2, bargain: 2.0,
  lovin: 2.6,
  favourite: 2.4, handy: 1.8, intuitive: 2.0, sleek: 1.8,
  snappy: 1.6, gem: 2.6, exquisite: 3.0,
  superbly: 3.0, spectacular: 3.0, phenomenal: 3.2,
  memorable: 2.0, unforgettable: 2.6, suspenseful: 1.8, inventive: 2.0,
  authentic: 1.6, sublime: 3.0,
  slog: -2.0,
  works: 0.8, worked: 0.8, work: 0, working: 0, still: 0, enough: 0, promised: 0, promise: 0, sold: 0, want: 0,
  valued: 0, built: 0, shared: 0, police: 0, crime: -0.5, untrustworthy: -2.4,
  settlement: 0, loyal: 1.0,
  // --- general review vocabulary, second pass (families of common defect / food / service / film words)
  // product defects and wear
  scratched: -1.4, scratches: -1.2, scratchy: -1.2, scuffed: -1.2, dented: -1.2, rusty: -1.6, rusted: -1.6,
  peeling: -1.4, peeled: -1.2, chipped: -1.4, frayed: -1.4, wobbly: -1.4, wobbles: -1.4, wobbled: -1.4,
  rattles: -1.2, rattling: -1.2, squeaky: -1.2, squeaks: -1.2, jams: -1.4, jammed: -1.4, jamming: -1.4,
  overheat: -2.0, overheats: -2.0, overheating: -2.0, overheated: -2.0, disconnects: -1.4, disconnecting: -1.4,
  freezes: -1.4, froze: -1.4, malfunction: -2.0, malfunctions: -2.0, malfunctioning: -2.0,
  dud: -2.2, knockoff: -1.8, counterfeit: -2.0, shoddily: -2.4,
  // food and places
  oily: -1.4, underseasoned: -1.8,
  overseasoned: -1.6, stuffy: -1.4, spotless: 2.4, immaculate: 2.4,
  // service
  inattentive: -2.2, grumpy: -1.8, surly: -2.2, snooty: -1.8, disorganised: -1.8,
  understaffed: -1.6, forgot: -1.2, hospitable: 2.0, accommodating: 2.0,
  // films
  laughable: -2.2, stilted: -1.8, unconvincing: -2.0, implausible: -1.4, nonsensical: -2.0,
  amateurish: -2.2, cheesy: -1.4, corny: -1.4, hammy: -1.6, cringy: -2.0, miscast: -1.6, overacted: -1.6,
  overacting: -1.6, dragged: -1.4, snoozefest: -2.6,
};

/**
 * Phrases (see pattern syntax above). Longest match at a position wins; a phrase's
 * own negator ("nobody", "no", "not") is consumed by the phrase and does not flip
 * other words. A negator *before* a phrase still flips it ("no hidden fees").
 */
export const PHRASES: Array<[pattern: string, valence: number]> = [
  // --- being ignored / no contact
  ["nobody|noone ~ call|ring|phone|contact|reply|respond|answer|email|write|get|come|bother|tell|help|care|listen|know me|us|you? back?", -2.6],
  ["no one ~ call|ring|phone|contact|reply|respond|answer|email|write|get|come|bother|tell|help|care|listen|know me|us|you? back?", -2.6],
  ["no response|reply|answer|update|updates|callback|feedback|word|contact|explanation|news|progress|acknowledgement|acknowledgment|follow-up", -2.4],
  ["not|never ~ hear|heard back|anything|from", -2.2],
  ["not|never ~ call|ring|phone|get|come|write|email ~ back", -2.2],
  ["not|never ~ reply|respond|answer|acknowledge|return|bother|listen", -2.0],
  ["not|never|no ~ arrive|arrived|turn|turned|show|showed up?", -2.0],
  ["no-show", -2.0],
  ["hang|hung up on", -2.6],
  ["on hold", -1.2],
  ["round|around in circles", -2.2],
  ["pass|passed|bounce|bounced|transfer|transferred|shunt|shunted ~ between|around", -1.6],
  ["run - around", -2.6],
  ["run around", -2.2],
  ["fob|fobbed off", -2.5],
  ["brush|brushed off", -2.2],
  ["left|kept in the dark", -2.2],
  ["treat|treated ~ like a criminal|number|idiot|liar", -2.6],
  ["let ~ down", -2.4],
  ["over and over again?", -1.4],
  ["again and again", -1.4],
  ["time and again", -1.4],
  ["yet again", -1.6],
  ["already ~ send|sent|tell|told|give|gave|given|provide|provided|explain|explained|submit|submitted|supply|supplied", -1.6],
  ["from the beginning|start", -0.6],
  ["still waiting", -2.6],
  ["still be|been waiting", -2.6],
  ["still no|not|nothing|none", -2.4],
  ["still have|has not", -2.4],
  ["still outstanding|unresolved|pending|open|ongoing|unpaid|unfixed|broken", -2.2],
  ["still under review|investigation|consideration", -2.2],
  ["kept|keep ~ waiting", -2.2],
  ["wait|waited|waiting ~ forever|ages|weeks|months", -2.0],
  ["nothing ~ happen|happens|happened|done", -2.0],
  ["no idea", -1.6],
  ["no way to", -1.2],
  ["no-one|noone ~ call|ring|contact|reply|respond|answer|get|bother|care", -2.6],
  // --- denial / refusal to pay
  ["turn|turned down", -2.3],
  ["not|never|refuse|refused|refusing ~ cover|pay|honour|honor|accept|payout|reimburse|settle", -2.3],
  ["wriggle|weasel|worm out", -2.6],
  ["get|got out of paying", -2.6],
  ["small|fine print", -1.6],
  ["not ~ medically necessary", -1.2],
  // --- money, fees, refunds, cancellations
  ["hidden fee|fees|charge|charges|cost|costs|extras", -2.6],
  ["admin|administration|cancellation|arrangement fee|fees|charge|charges", -1.2],
  ["rip - off", -3.0],
  ["rip off|offs", -3.0],
  ["ripped off", -3.0],
  ["daylight robbery", -3.0],
  ["out of pocket", -2.2],
  ["want|wanted|demand|demanding|expect|request|requesting ~ {refund|money back|my money}", -2.2],
  ["receive|received|get|got|issue|issued|process|processed ~ refund", 1.4],
  ["premium|premiums|price|prices|quote|cost|costs|renewal|bill|excess ~ go|goes|went|gone|going|keep|keeps|shot|jump|jumped up", -1.9],
  ["premium|premiums|price|prices|quote|cost|costs|renewal|bill ~ double|doubled|triple|tripled|increase|increased|rise|rose|risen|hike|hiked|jump|jumped|soar|soared|skyrocket|skyrocketed", -1.9],
  ["price|premium hike|hikes|rise|rises|increase|increases", -1.9],
  ["premium|premiums|price|prices|quote|cost|costs|renewal|bill ~ go|goes|went|gone|come|came down", 1.9],
  ["premium|premiums|price|prices|quote|cost|costs|renewal|bill ~ drop|dropped|fall|fell|decrease|decreased|reduce|reduced", 1.9],
  ["waive|waived|waiving ~ fee|fees|charge|excess", 2.2],
  ["cancel|cancelled|canceled|cancelling|canceling ~ my|our|the|this {policy|cover|insurance|membership|subscription|contract|direct debit|account}", -1.9],
  ["{want|wanted|going to|will} ~ cancel", -1.4],
  ["business|custom elsewhere", -2.8],
  ["go|going|look|looking|shop|shopping|move|moving elsewhere", -2.0],
  ["never again", -3.0],
  ["send|sent|sending ~ it|them back", -1.8],
  ["return|returned|returning it|them", -1.6],
  ["waste of money|time", -2.8],
  ["save|saved|saving ~ me|us", 1.4],
  ["value for money", 2.2],
  ["worth every penny|cent", 3.0],
  ["worth {it|the money|the price|the wait|the trip|the drive|the visit|the ticket|the hype|a visit|a try|a look|a watch|the effort}", 2.2],
  ["no questions asked", 2.2],
  // --- praise for fast, full payouts
  ["above and beyond", 3.0],
  ["hassle|stress|worry|pain|trouble - free", 2.6],
  ["hassle|stress|worry|pain|trouble free", 2.6],
  ["in no time", 2.2],
  ["same day|afternoon|morning", 1.6],
  ["next day", 1.3],
  ["the day after", 1.2],
  ["straight away", 0.8],
  ["first time", 0.8],
  ["in full", 1.6],
  ["full amount|cost|repair|value|refund", 1.4],
  ["pay|paid|cover|covered ~ for? everything", 1.6],
  ["put ~ right", 2.0],
  ["look|looked|looking after", 1.8],
  ["keep|kept|keeping ~ {informed|updated|posted|in the loop}", 2.0],
  ["at ease", 1.6],
  ["peace of mind", 2.2],
  ["safe|good hands", 2.2],
  ["real person|people|human", 1.2],
  ["well done", 2.4],
  ["five|5 stars|star", 3.0],
  ["one|1|zero|0 star|stars", -2.6],
  ["top marks|notch", 2.8],
  ["top - notch", 2.8],
  ["spot on", 2.4],
  ["nasty surprise|surprises|shock", -2.0],
  ["not ~ ask|asked for more|better", 3.0],
  ["not be|been {happier|better|more pleased|more satisfied|more grateful}", 3.0],
  ["not ~ recommend ~ {enough|more|highly enough}", 3.0],
  ["not ~ thank ~ enough", 3.0],
  ["not fault", 2.6],
  ["nothing ~ too much trouble", 2.6],
  ["not ~ be|been easier", 2.8],
  ["life - saver", 3.0],
  ["life saver", 3.0],
  ["go|went|goes|going smoothly", 2.2],
  ["{will|would|'ll|'d|definitely|going to} ~ {renew|renewing|stay|staying|use them|buy|order|be back|come back|be coming back|return|go back|recommend}", 1.8],
  ["buy|order|use ~ again", 1.4],
  ["come|coming back for more", 2.0],
  // --- products, restaurants, films (general)
  ["not ~ work|working|worked", -2.2],
  ["fall|fell|falls|falling|come|came|comes|coming apart", -2.6],
  ["fall|fell|falls flat", -2.4],
  ["fell|fall asleep", -1.8],
  ["walk|walked out", -1.8],
  ["broke|broken into", 0],
  ["could|should|might ~ have been better|good", -1.8],
  ["only good|redeeming|positive thing", -1.6],
  ["at best", -1.6],
  ["nothing special|remarkable|new", -2.0],
  ["nothing to write home about", -2.0],
  ["edge of my|your seat", 2.6],
  ["blew|blow|blown ~ away", 3.0],
  ["must - see|have|try", 2.6],
  ["must see|have|try", 2.6],
  ["well - made|built|written|acted|made|done|designed|crafted|cooked", 2.2],
  ["well made|built|written|acted|designed|crafted|cooked", 2.2],
  ["page - turner", 2.6],
  ["no-claims|claims bonus|discount", 0],
  ["no - claims", 0],
  ["customer|health|after care", 0],
  ["as well", 0],
  ["no-fault|fault", 0],
  ["no - fault", 0],
  ["fed up", -2.4],
  ["thank you", 1.5],
  ["mis - sold|selling|sell", -2.6],
  ["so - called", -1.5],
  ["this|that be|is how you ~ treat|reward|repay", -2.6],
  ["not|never ~ help|helped|helping|assist|assisted", -2.0],
  ["take|took|taken|taking|takes ~ {so long|too long|very long|ages|forever}", -2.2],
  ["stop|stopped|stops ~ replying|responding|answering|calling|returning|working", -2.4],
  ["without ~ explaining|explanation|telling|warning|notice|reminder|consent|asking|permission|notifying|informing", -1.8],
  ["without me|us ~ ask|asking|chase|chasing|prompt|prompting|having|needing", 1.8],
  ["less time than", 1.6],
  ["pay|paid|pays for itself", 2.4],
  ["worth £|$|€|around|about|approximately|roughly|over|nearly|up|under", 0],
  ["crime|police reference|number|report", 0],
  ["would|'d like|love", 0],
  ["let me|us know", 0],
  ["high|top standard|standards|quality", 2.2],
  ["complaint|complaints team|department|procedure|process|handler|manager|reference", 0],
  ["not ~ sure", -0.2],
  // --- general review idioms, second pass
  ["special effects|effect|offer|offers|needs|occasion|request|requests", 0],
  ["to die for", 2.8],
  ["like a dream|charm", 2.4],
  ["exactly what i|we ~ {need|needed|want|wanted|expected|ordered|asked for|was looking for|were looking for}", 2.0],
  ["exactly|just ~ as described|advertised|pictured|shown|expected", 1.8],
  ["as described|advertised|pictured", 1.2],
  ["not ~ put ~ down", 2.6],
  ["expect|expected|expecting ~ {more|better|a lot more|much more|a lot better|much better}", -2.0],
  ["roll|rolled|rolling ~ eyes", -2.2],
  ["paper thin", -1.6],
  ["paper - thin", -1.6],
  ["one - dimensional", -1.8],
  ["battery|batteries|motor|bulb|charger|screen ~ die|died|dies|dying|dead", -2.0],
  ["a|big|huge|massive hit", 2.2],
  ["hit and|or miss", -1.4],
  ["hit the spot", 2.4],
  ["{bought|buy|buying|ordered|order|ordering} ~ {another|more|a second}", 1.8],
  ["piping hot", 1.6],
  ["dried out", -1.6],
  ["give|gave|gives up the ghost", -2.2],
  ["laugh out loud", 2.4],
  ["holds|held|hold up well?", 1.4],
];

/** Time units for the "#dur" element and the waiting rules. Value: rough length in days. */
export const TIME_UNITS: Record<string, number> = {
  second: 0, seconds: 0, minute: 0.001, minutes: 0.001, min: 0.001, mins: 0.001, hour: 0.04, hours: 0.04, hr: 0.04,
  hrs: 0.04, day: 1, days: 1, week: 7, weeks: 7, fortnight: 14, fortnights: 14, month: 30, months: 30, year: 365, years: 365,
};
export const NUMBER_WORDS = new Set([
  "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "fifteen", "twenty", "thirty", "forty", "fifty", "few", "several", "couple", "many", "some", "48", "24",
]);
/** Verbs that make a following duration a complaint about slowness: "took eleven weeks", "waited months". */
export const SLOW_VERBS = new Set(["take", "took", "taken", "taking", "takes", "wait", "waited", "waiting", "chase", "chasing"]);
/** Prepositions that make a following short duration praise of speed: "within a week", "in four days". */
export const FAST_PREPS = new Set(["within", "in", "inside", "under"]);
/** Cues that a situation is unresolved; a duration ("three weeks ago", "for two months") plus one of these is a complaint. */
export const UNRESOLVED_CUES = new Set([
  "still", "yet", "promised", "supposed", "supposedly", "nobody", "nothing", "not", "no", "never", "waiting", "chasing", "outstanding", "unresolved", "pending",
]);
/** Speed of response: a duration of at most this many days counts as fast after FAST_PREPS; more than SLOW_DAYS after SLOW_VERBS counts as slow. */
export const FAST_MAX_DAYS = 7;
export const SLOW_MIN_DAYS = 5;
