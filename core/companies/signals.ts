// The words around a name that say it is a company.

/** Legal forms: part of the mention, dropped from the canonical name. */
export const LEGAL_SUFFIXES = new Set([
  'Inc',
  'Incorporated',
  'Corp',
  'Corporation',
  'Ltd',
  'Limited',
  'LLC',
  'LLP',
  'LP',
  'plc',
  'PLC',
  'Plc',
  'AG',
  'SA',
  'S.A.',
  'NV',
  'N.V.',
  'SE',
  'GmbH',
  'gGmbH',
  'mbH',
  'KG',
  'OHG',
  'KGaA',
  'SpA',
  'S.p.A.',
  'AB',
  'ASA',
  'Oyj',
  'Co',
  'Cos',
  'Holdings',
  'Holding',
  'Group',
  'Bhd',
  'Pte',
  'Pty',
  'KK',
  'K.K.',
  'Company',
]);

/** Last words of names that are companies by their own account; kept in the canonical name. */
export const COMPANY_HEADS = new Set([
  'Bank',
  'Bancorp',
  'Airlines',
  'Airways',
  'Motors',
  'Motor',
  'Technologies',
  'Technology',
  'Capital',
  'Partners',
  'Pharmaceuticals',
  'Pharma',
  'Therapeutics',
  'Biosciences',
  'Energy',
  'Financial',
  'Securities',
  'Investments',
  'Systems',
  'Labs',
  'Laboratories',
  'Entertainment',
  'Semiconductor',
  'Semiconductors',
  'Communications',
  'Networks',
  'Foods',
  'Brands',
  'Industries',
  'Enterprises',
  'Ventures',
  'Media',
  'Insurance',
  'Petroleum',
  'Resources',
  'Mining',
  'Electric',
  'Automotive',
  'Telecom',
  'Airline',
  'Software',
  'Solutions',
  'Services',
  'Logistics',
  'Retail',
  'Stores',
  'Chemicals',
  'Steel',
  'Oil',
  'Gas',
  'Power',
  'Utilities',
  'Bancshares',
  'Trust',
  'Asset Management',
  'Management',
  'Advisors',
  'Advisers',
  'Realty',
  'Properties',
  'Pictures',
  'Studios',
  'Productions',
  'Games',
  'Robotics',
  'Aerospace',
  'Dynamics',
  'Instruments',
  'Devices',
  'Healthcare',
  'Health',
  'Motors',
  'Exchange',
  // Newspapers and magazines are companies' titles: Australian Financial Review, Financial Times.
  'Review',
  'Journal',
  'Times',
  'Post',
  'Telegraph',
  'Herald',
  'Tribune',
  'Gazette',
  'Chronicle',
]);

/** Stock exchanges named before a ticker: `(NASDAQ: AAPL)`. */
export const EXCHANGES = new Set([
  'NYSE',
  'NASDAQ',
  'Nasdaq',
  'AMEX',
  'LSE',
  'TSX',
  'TSE',
  'ASX',
  'HKEX',
  'SEHK',
  'SGX',
  'NSE',
  'BSE',
  'XETRA',
  'Xetra',
  'FWB',
  'OTC',
  'OTCQX',
  'Euronext',
  'SIX',
  'KRX',
  'TWSE',
  'JSE',
  'BMV',
  'B3',
]);

/** Words before a name that make it a company: `shares of X`, `chief executive of X`. */
export const BEFORE =
  /(?:shares|stock|stake|investment|investors?|stakes?)\s+(?:of|in)\s*$|(?:chief executive|chief executive officer|ceo|cfo|chairman|chairwoman|president|founder|co-founder|spokesman|spokeswoman|spokesperson|analysts?|economists?|strategists?|executives?|employees?|shareholders?)\s+(?:of|at)\s*$|\b(?:rivals?|competitors?|subsidiary|unit|parent|carmaker|automaker|retailer|lender|bank|insurer|chipmaker|startup|start-up|firm|company|group|conglomerate|giant|maker|developer|miner|operator|provider|supplier|producer|manufacturer|distributor|broker|carrier)\s*,?\s*$/i;

/**
 * Words after a name that make it a company: `X shares`, `X's chief executive`, `X said revenue`
 * (a company reporting its results).
 */
export const AFTER =
  /^\s*(?:(?:said|says|reported|reports|posted|posts)\s+(?:its\s+|that\s+)?(?:quarterly\s+|annual\s+|net\s+)?(?:revenue|revenues|sales|profit|profits|earnings)\b|(?:'s|’s)?\s*(?:shares|stock|stocks|share price|chief executive|chief financial|chief operating|ceo|cfo|chairman|managing director|boss|spokesman|spokeswoman|spokesperson|board|shareholders|investors|executives|employees|revenue|revenues|earnings|profits?|sales|subsidiary|unit)\b)/i;

/**
 * A description after a name that makes it a company, as apposition or copula: `X, a leading
 * provider of`, `X is a privately held finance company.` The noun must end the description, so
 * `Smith, a company spokesman` does not count.
 */
export const DESCRIBED_AS =
  /^\s*(?:\([^()]{1,60}\)\s*)?(?:,|\bis)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,5}?(?:company|firm|provider|maker|manufacturer|developer|miner|lender|retailer|bank|insurer|operator|startup|supplier|distributor|producer|publisher|consultancy|conglomerate|carrier|airline|chain)\b(?!\s+\p{L}+(?:man|woman|person|er)\b)(?=\s*(?:[,.;:)]|$|\s+(?:of|that|which|based|headquartered|in|with|for|specializing|specialising|whose|and)\b))/iu;

/**
 * What follows a known name opening a sentence when it acts as a company: a business verb
 * (`Apple sold`, `Meta plans`) or an apposition (`Anthropic, founded by`). An everyday word
 * opening a sentence ("Orange is a colour", "Shell out the money") is not followed so.
 */
export const ACTS_AS_COMPANY =
  /^(?:\s*,\s*(?:which|whose|founded|based|headquartered|owned|backed|valued|listed)\b|\s+(?:said|says|sold|sells|reported|reports|posted|posts|announced|announces|plans|planned|recalled|recalls|raised|raises|cuts|expects|expected|agreed|agrees|launched|launches|bought|buys|acquired|acquires|hired|hires|shipped|ships|earned|earns|invested|invests|unveiled|unveils|warned|warns|forecast|forecasts|filed|files|delivered|delivers|employs|employed|confirmed|confirms|denied|denies)\b)/;

/** Last words of institutions' names. */
export const INSTITUTION_HEADS =
  /^(?:Commission|Exchange|Association|Authority|Council|Institute|Board|Bureau|Agency|Committee|Department|Ministry|Foundation|Society|Federation|Organisation|Organization|Corporation|Service|Services|Industry|Development|Club|University|College|Party|Fund)$/;

/** Last words of the names of laws, events, awards, products and documents, not organisations. */
export const NOT_ORG_HEADS =
  /^(?:Act|Bill|Law|Clause|Amendment|Treaty|Award|Awards|Prize|Weekend|Summit|Conference|Festival|Gala|Platform|Program|Programme|Scheme|Report|Survey|Day|Week|Month|Season|Cup|Archive|Photo|Photos|Index)$/;

/** Last words of place names: streets, islands, ports, regions. */
export const PLACE_HEADS =
  /^(?:Street|St|Road|Avenue|Ave|Boulevard|Lane|Square|Circle|Island|Islands|Bay|River|Lake|Mountain|Mountains|Valley|Park|Airport|Terminal|Station|Port|Harbour|Harbor|County|Province|State|City|District|Region|Coast|Beach|Peninsula)$/;
