import { Field, RuleRow } from './row';

// The crash utility's `vtop` (crash-utility/crash x86_64.c, x86_64_kvtop() and the x86_64_p*_offset() helpers):
// `   PUD: 3c80dff0 => 3c80e063` is the physical address of the entry it read, then the entry; `  PAGE: 7d301000` the
// physical page. Physical addresses of the dumped machine: guest physical in a TD's vmcore, host physical in a host's.

const ENTRY_AT: Field = ['gpa', 'bare', 'physical address of the page-table entry crash read', { physical: true }];
const ENTRY: Field = ['data', 'bare', 'the page-table entry’s contents: the next table or the page in bits 51:12, flags in 11:0'];

export const CRASH_ROWS: readonly RuleRow[] = [
  {
    event: ['PML4', 'P4D', 'PUD', 'PMD', 'PTE'],
    source: 'crash: x86_64.c',
    formats: ['"   PUD: %lx => %lx\\n"', '"   PMD: %lx => %lx\\n"', '"   PTE: %lx => %lx\\n"'],
    leading: [ENTRY_AT],
    leadingSeparator: ' ',
    fields: { '=>': ENTRY },
  },
  {
    event: 'PAGE',
    source: 'crash: x86_64.c',
    formats: ['"  PAGE: %lx\\n\\n"', '"  PAGE: %lx  (2MB)\\n\\n"', '"  PAGE: %lx  (1GB)\\n\\n"'],
    leading: [['gpa', 'bare', 'physical address of the page the virtual address maps to', { physical: true }]],
    leadingSeparator: ' ',
  },
];
