import { RuleRow } from './row';

// What a TD's firmware prints (tianocore/edk2 OvmfPkg built for TDX, TDVF): it runs inside the TD, so its
// addresses are guest physical.

const PEILESS = 'OvmfPkg/IntelTdx/PeilessStartupLib/PeilessStartup.c';

export const EDK2_ROWS: readonly RuleRow[] = [
  {
    // PeilessStartup(): DEBUG ((DEBUG_INFO, "Tdx started with(Hob: 0x%x, Gpaw: 0x%x, Cpus: %d)\n", VmmHobList,
    // GET_GPAW_INIT_STATE (TdReturnData.TdInfo.Gpaw), TdReturnData.TdInfo.NumVcpus)).
    event: 'Tdx',
    source: PEILESS,
    formats: ['"Tdx started with(Hob: 0x%x, Gpaw: 0x%x, Cpus: %d)\\n"'],
    fields: {
      Hob: ['gpa', '0x', 'GPA of the TD HOB list the VMM passed in'],
      Gpaw: ['count', '0x', 'the TD’s guest physical address width (0x30 = 48, 0x34 = 52)'],
      Cpus: ['count', 'decimal', 'number of vCPUs'],
    },
  },
  {
    // PeilessStartup(): DEBUG ((DEBUG_INFO, "HobList: %p\n", GetHobList ())).
    event: 'HobList',
    source: PEILESS,
    formats: ['"HobList: %p\\n"'],
    leading: [['gpa', 'bare', 'GPA of the firmware’s HOB list']],
    leadingSeparator: ' ',
  },
  {
    // PeilessStartup(): DEBUG ((DEBUG_INFO, "SecFv : %p, 0x%x\n", BootFv, BootFv->FvLength)) and
    // DEBUG ((DEBUG_INFO, "DxeFv : %x, 0x%x\n", DxeCodeBase, DxeCodeSize)).
    event: ['SecFv', 'DxeFv'],
    source: PEILESS,
    formats: ['"SecFv : %p, 0x%x\\n"', '"DxeFv : %x, 0x%x\\n"'],
    leading: [['gpa', 'bare', 'GPA of the firmware volume']],
    leadingSeparator: ',',
    fields: { ',': ['size', '0x', 'the firmware volume’s length'] },
    range: 'startSize',
  },
  {
    // ConstructFwHobList(): DEBUG ((DEBUG_INFO, "LowMemory Start and End: %x, %x\n", LowMemoryStart,
    // LowMemoryStart + LowMemoryLength)).
    event: 'LowMemory',
    source: 'OvmfPkg/IntelTdx/PeilessStartupLib/Hob.c',
    formats: ['"LowMemory Start and End: %x, %x\\n"'],
    fields: { End: ['gpa', 'bare', 'start of the memory the firmware builds its HOBs in'] },
  },
];
