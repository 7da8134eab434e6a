// The tagger's labels: BIO tags for organisations, people, places and other names. A name's
// label `B-X` is odd and its `I-X` the number after it.

export const LABELS = ['O', 'B-ORG', 'I-ORG', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
