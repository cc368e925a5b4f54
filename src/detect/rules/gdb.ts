import { Field, RuleRow } from './row';

// GDB (bminor/binutils-gdb) under the synthetic names `gdb print`, `gdb examine`, `gdb registers`, `gdb frame`,
// `gdb locals`, `gdb mappings`. GDB composes these lines from several calls, so no row has a printf format.

const RIP: Field = ['gva', '0x', 'guest RIP (a guest virtual address)'];
const SELECTOR: Field = ['count', '0x', 'segment selector'];
const GDB_GPA: Field = ['gpa', 'decimal', 'named gpa (GDB prints integers in decimal)'];
const GDB_GFN: Field = ['gfn', 'decimal', 'named gfn (GDB prints integers in decimal)'];

export const GDB_ROWS: readonly RuleRow[] = [
  {
    event: 'gdb print',
    source: 'gdb/printcmd.c',
    fields: { ')': ['pointer', '0x', 'typed pointer'] },
    unknownWord: ['data', '0x', 'a field whose name does not say address', { confidence: 'guess' }],
  },
  {
    event: 'gdb examine',
    source: 'gdb/printcmd.c',
    fields: { '^': ['pointer', '0x', 'address being examined (a virtual address)'] },
    other: ['data', '0x', 'memory contents'],
  },
  { event: 'gdb mappings', source: 'gdb/linux-tdep.c', other: ['pointer', '0x', 'a mapping in the debuggee'] },
  {
    event: 'gdb registers',
    source: 'gdb/infcmd.c',
    fields: {
      rip: RIP,
      pc: RIP,
      rsp: ['pointer', '0x', 'stack pointer'],
      rbp: ['pointer', '0x', 'frame pointer'],
      fs_base: ['pointer', '0x', 'FS base'],
      gs_base: ['pointer', '0x', 'GS base'],
      eflags: ['flags', '0x', 'RFLAGS'],
      cs: SELECTOR,
      ss: SELECTOR,
      ds: SELECTOR,
      es: SELECTOR,
      fs: SELECTOR,
      gs: SELECTOR,
      '#': ['register', '0x', 'natural form of the same register', { sameAsPrevious: true }],
      // On a TD through QEMU's gdbstub: `cr3  0x102e5e000  [ PDBR=1060446 PCID=0 ]` (gdb/features/i386/64bit-sse.xml's cr3 type).
      cr3: ['gpa', '0x', 'CR3: the guest-physical address of the top-level page table (PCID in bits 11:0)'],
      PDBR: ['gfn', 'decimal', "the page-table root's frame number (CR3 >> 12)"],
      PCID: ['count', 'decimal', 'a count, index or level'],
    },
    other: ['register', '0x', 'register value'],
  },
  {
    event: 'gdb frame',
    source: 'gdb/stack.c',
    fields: { '^': ['gva', '0x', 'PC of the frame (a virtual address)'], gpa: GDB_GPA, gfn: GDB_GFN },
    other: ['pointer', '0x', 'pointer argument (GDB prints pointers in hex)', { confidence: 'likely' }],
  },
  {
    // print_variable_and_value(), called by `info locals`.
    event: 'gdb locals',
    source: 'gdb/printcmd.c',
    fields: { gpa: GDB_GPA, gfn: GDB_GFN },
    other: ['pointer', '0x', 'pointer variable (GDB prints pointers in hex)', { confidence: 'likely' }],
  },
  {
    // JSON as QEMU writes it (QMP replies and events, qobject/qjson.c: integers with "%" PRId64) and as libvirt passes
    // `-device {…}` to it: a number after a GPA label (`"gpa": 140739633979392`, `"addr": 6442450944`) is decimal.
    event: 'json',
    source: 'qobject/qjson.c',
    fields: {
      gpa: ['gpa', 'decimal', 'a GPA (QMP writes integers in decimal)'],
      gfn: ['gfn', 'decimal', 'a GFN (QMP writes integers in decimal)'],
      addr: ['gpa', 'decimal', 'a memory device’s base in guest physical memory (pc-dimm, virtio-mem `addr`)'],
    },
    cases: [
      // A PCI device's `addr` is its slot and function on the bus (`"bus":"pci.3","addr":"0x0"`), not an address.
      { text: '"bus":"pci', fields: { addr: ['count', '0x', 'the device’s slot and function on its PCI bus'] } },
    ],
  },
];
