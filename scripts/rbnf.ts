// A small reader of CLDR's rule-based number format (RBNF) spell-out rules, enough to spell the
// whole numbers the figure tables are built from (`cldr-rbnf`'s `<lang>-SpelloutRules.txt`).
// It follows ICU's RuleBasedNumberFormat for integers: a rule applies from its base value up to
// the next; its divisor is the largest power of its radix not above the base; `<<` spells the
// quotient and `>>` the remainder (with this rule set or a named one), `==` the number itself;
// text in brackets is left out when the remainder is zero; `$(cardinal,one{…}other{…})$` picks
// a plural form by the quotient. Build-time only.

interface Rule {
  base: number;
  radix: number;
  body: string;
}

export type RuleSets = Map<string, Rule[]>;

/** The rule sets of a spell-out rules file; fraction, negative and infinity rules are left out. */
export function parseRules(source: string): RuleSets {
  const sets: RuleSets = new Map();
  let current: Rule[] | null = null;
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const header = /^(%%?[\w-]+):$/.exec(line);
    if (header) {
      current = [];
      sets.set(header[1] as string, current);
      continue;
    }
    const rule = /^([^:]+):\s?(.*);$/.exec(line);
    if (!rule || !current) continue;
    const key = /^(\d+)(?:\/(\d+))?$/.exec((rule[1] as string).trim());
    if (!key) continue;
    current.push({ base: Number(key[1]), radix: key[2] ? Number(key[2]) : 10, body: rule[2] as string });
  }
  return sets;
}

/** The decimal words of a rules file: `x.x: << point >>` gives `point`. */
export function decimalWords(source: string): string[] {
  const words = new Set<string>();
  for (const m of source.matchAll(/^x[.,]x:\s*<[^<]*<\s*([^<>=\s]+)\s*>[^>]*>;$/gm)) words.add(m[1] as string);
  return [...words];
}

function divisorOf(rule: Rule): number {
  let divisor = 1;
  while (divisor * rule.radix <= rule.base) divisor *= rule.radix;
  return divisor;
}

function ruleFor(rules: Rule[], n: number): Rule {
  let index = -1;
  for (let i = 0; i < rules.length; i++) if ((rules[i] as Rule).base <= n) index = i;
  if (index < 0) throw new Error(`no rule for ${n}`);
  const rule = rules[index] as Rule;
  const divisor = divisorOf(rule);
  // ICU's roll-back: a rule with a remainder substitution, at an even multiple of its divisor
  // that its own base is not, hands the number to the rule before it.
  if (/>/.test(rule.body) && n % divisor === 0 && rule.base % divisor !== 0 && index > 0) return rules[index - 1] as Rule;
  return rule;
}

/** Spells `n` (a whole number ≥ 0) with the named rule set. */
export function spell(sets: RuleSets, setName: string, n: number): string {
  const rules = sets.get(setName);
  if (!rules) throw new Error(`no rule set ${setName}`);
  const rule = ruleFor(rules, n);
  const divisor = divisorOf(rule);
  const quotient = Math.floor(n / divisor);
  const remainder = n % divisor;
  const sub = (target: string, value: number): string => {
    if (target.startsWith('#') || target.startsWith('0')) return String(value);
    return spell(sets, target === '' ? setName : target, value);
  };
  let body = rule.body.replace(/^'/, '');
  // Optional parts: left out when the remainder is zero.
  body = body.replace(/\[([^\]]*)\]/g, (_, inner: string) => (remainder === 0 ? '' : inner));
  body = body.replace(/\$\(cardinal,one\{([^}]*)\}other\{([^}]*)\}\)\$/g, (_, one: string, other: string) =>
    quotient === 1 ? one : other,
  );
  return body
    .replace(/<(%%?[\w-]+|[#0,.]*)?<|>(%%?[\w-]+|[#0,.]*)?>|=(%%?[\w-]+|[#0,.]*)=/g, (match, lt?: string, gt?: string, eq?: string) => {
      if (match.startsWith('<')) return sub(lt ?? '', quotient);
      if (match.startsWith('>')) return sub(gt ?? '', remainder);
      return sub(eq ?? '', n);
    })
    .replace(/\u00ad/g, '');
}

/** The public cardinal rule sets of a rules file (`%spellout-cardinal…`, `%spellout-numbering`). */
export function cardinalSets(sets: RuleSets): string[] {
  return [...sets.keys()].filter((name) => /^%spellout-(?:cardinal|numbering)(?!-year)/.test(name));
}
