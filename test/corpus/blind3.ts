// A third blind held-out check, written like blind.ts and blind2.ts (from the real sources, without reading the
// classifier or its rules) after both had shaped rules: 151 lines of what TDX developers paste — TDVF/OVMF debug
// logs (edk2 OvmfPkg/IntelTdx, TdxLib), guest and host /proc/iomem and /proc/<pid>/maps, lspci -vv, memblock=debug,
// swiotlb, the crash utility's vtop, KVM selftests, kvmtool, QEMU TDX error reports and GDB on a TD.
// Measured before any rule was written for it: precision 0.592, recall 0.508.
import { CorpusEntry, corpusFromRows, TruthRow } from './measure';

const ROWS: TruthRow[] = [
  // ===================================================================================================
  // TDVF (edk2) debug log on the TD's serial console. All firmware addresses inside a TD are identity
  // mapped guest-physical addresses -> gpa. edk2 PrintLib prints %x / %llx / %p in upper-case hex.
  // ===================================================================================================

  // OvmfPkg/IntelTdx/TdxHelperLib/SecTdxHelper.c and OvmfPkg/Library/PlatformInitLib/IntelTdx.c
  // MpAcceptMemoryResourceRange(): DEBUG ((DEBUG_INFO, "MpAccept : 0x%llx - 0x%llx (0x%llx)\n",
  // PhysicalStart, PhysicalEnd, Length)) -> gpa, gpa (exclusive end), size
  [
    'OvmfPkg/IntelTdx/TdxHelperLib/SecTdxHelper.c MpAcceptMemoryResourceRange via TDVF debug log',
    48,
    'MpAccept : 0x800000 - 0x80000000 (0x7F800000)',
    [
      ['0x800000', 'gpa'],
      ['0x80000000', 'gpa'],
      ['0x7F800000', 'size'],
    ],
  ],
  [
    'OvmfPkg/IntelTdx/TdxHelperLib/SecTdxHelper.c MpAcceptMemoryResourceRange via TDVF debug log',
    48,
    'MpAccept : 0x1200000 - 0x7FFDC000 (0x7EDDC000)',
    [
      ['0x1200000', 'gpa'],
      ['0x7FFDC000', 'gpa'],
      ['0x7EDDC000', 'size'],
    ],
  ],
  [
    'OvmfPkg/Library/PlatformInitLib/IntelTdx.c MpAcceptMemoryResourceRange via TDVF debug log',
    52,
    'MpAccept : 0x100000000 - 0x280000000 (0x180000000)',
    [
      ['0x100000000', 'gpa'],
      ['0x280000000', 'gpa'],
      ['0x180000000', 'size'],
    ],
  ],
  [
    'OvmfPkg/Library/PlatformInitLib/IntelTdx.c MpAcceptMemoryResourceRange via TDVF debug log',
    52,
    'MpAccept : 0x880000000 - 0x1080000000 (0x800000000)',
    [
      ['0x880000000', 'gpa'],
      ['0x1080000000', 'gpa'],
      ['0x800000000', 'size'],
    ],
  ],

  // SecTdxHelper.c AcceptMemoryForAPsStack(): "AcceptMemoryForAPsStack with APsStackSize=0x%x\n" -> size
  [
    'OvmfPkg/IntelTdx/TdxHelperLib/SecTdxHelper.c AcceptMemoryForAPsStack via TDVF debug log',
    48,
    'AcceptMemoryForAPsStack with APsStackSize=0x200000',
    [['APsStackSize=0x200000', 'size']],
  ],
  [
    'OvmfPkg/Library/PlatformInitLib/IntelTdx.c AcceptMemoryForAPsStack via TDVF debug log',
    52,
    'AcceptMemoryForAPsStack with APsStackSize=0x400000',
    [['APsStackSize=0x400000', 'size']],
  ],

  // SecTdxHelper.c / PlatformInitLib IntelTdx.c: "\nResourceType: 0x%x\n" (EFI_RESOURCE_TYPE enum value, 0x7 =
  // BZ3937_EFI_RESOURCE_MEMORY_UNACCEPTED -> an id: count), "ResourceAttribute: 0x%x\n" (EFI_RESOURCE_ATTRIBUTE_* bits
  // -> flags), "PhysicalStart: 0x%llx\n" (HOB resource start -> gpa), "ResourceLength: 0x%llx\n" (-> size)
  [
    'OvmfPkg/IntelTdx/TdxHelperLib/SecTdxHelper.c AcceptMemoryForAPsStack (ResourceType) via TDVF debug log',
    48,
    'ResourceType: 0x7',
    [['0x7', 'count']],
  ],
  [
    'OvmfPkg/IntelTdx/TdxHelperLib/SecTdxHelper.c AcceptMemoryForAPsStack (ResourceType) via TDVF debug log',
    52,
    'ResourceType: 0x0',
    [['0x0', 'count']],
  ],
  [
    'OvmfPkg/IntelTdx/TdxHelperLib/SecTdxHelper.c AcceptMemory (ResourceAttribute) via TDVF debug log',
    48,
    'ResourceAttribute: 0x0',
    [['0x0', 'flags']],
  ],
  [
    'OvmfPkg/Library/PlatformInitLib/IntelTdx.c AcceptMemory (ResourceAttribute) via TDVF debug log',
    52,
    'ResourceAttribute: 0x7',
    [['0x7', 'flags']],
  ],
  [
    'OvmfPkg/IntelTdx/TdxHelperLib/SecTdxHelper.c AcceptMemory (PhysicalStart) via TDVF debug log',
    48,
    'PhysicalStart: 0x800000',
    [['0x800000', 'gpa']],
  ],
  [
    'OvmfPkg/IntelTdx/TdxHelperLib/SecTdxHelper.c AcceptMemory (PhysicalStart) via TDVF debug log',
    48,
    'PhysicalStart: 0x100000000',
    [['0x100000000', 'gpa']],
  ],
  [
    'OvmfPkg/Library/PlatformInitLib/IntelTdx.c AcceptMemory (PhysicalStart) via TDVF debug log',
    52,
    'PhysicalStart: 0x880000000',
    [['0x880000000', 'gpa']],
  ],
  [
    'OvmfPkg/Library/PlatformInitLib/IntelTdx.c AcceptMemory (PhysicalStart) via TDVF debug log',
    52,
    'PhysicalStart: 0x0',
    [['0x0', 'gpa']],
  ],
  [
    'OvmfPkg/IntelTdx/TdxHelperLib/SecTdxHelper.c AcceptMemory (ResourceLength) via TDVF debug log',
    48,
    'ResourceLength: 0x7F800000',
    [['0x7F800000', 'size']],
  ],
  [
    'OvmfPkg/Library/PlatformInitLib/IntelTdx.c AcceptMemory (ResourceLength) via TDVF debug log',
    52,
    'ResourceLength: 0x180000000',
    [['0x180000000', 'size']],
  ],
  [
    'OvmfPkg/Library/PlatformInitLib/IntelTdx.c AcceptMemory (ResourceLength) via TDVF debug log',
    52,
    'ResourceLength: 0x800000000',
    [['0x800000000', 'size']],
  ],

  // OvmfPkg/Library/PlatformInitLib/IntelTdx.c AcceptMemory(): "AcceptMemory till 0x%llx\n" (PcdAcceptMemoryEndAddress,
  // an exclusive guest-physical bound) -> gpa
  [
    'OvmfPkg/Library/PlatformInitLib/IntelTdx.c AcceptMemory via TDVF debug log',
    48,
    'AcceptMemory till 0x100000000',
    [['0x100000000', 'gpa']],
  ],
  [
    'OvmfPkg/Library/PlatformInitLib/IntelTdx.c AcceptMemory via TDVF debug log',
    52,
    'AcceptMemory till 0x280000000',
    [['0x280000000', 'gpa']],
  ],

  // SecTdxHelper.c TdxHelperProcessTdHob(): "Intel Tdx Started with (GPAW: %d, Cpus: %d)\n" -> width in bits (count), vCPUs (count)
  [
    'OvmfPkg/IntelTdx/TdxHelperLib/SecTdxHelper.c TdxHelperProcessTdHob via TDVF debug log',
    48,
    'Intel Tdx Started with (GPAW: 48, Cpus: 4)',
    [
      ['GPAW: 48', 'count'],
      ['Cpus: 4', 'count'],
    ],
  ],
  [
    'OvmfPkg/IntelTdx/TdxHelperLib/SecTdxHelper.c TdxHelperProcessTdHob via TDVF debug log',
    52,
    'Intel Tdx Started with (GPAW: 52, Cpus: 16)',
    [
      ['GPAW: 52', 'count'],
      ['Cpus: 16', 'count'],
    ],
  ],

  // OvmfPkg/IntelTdx/PeilessStartupLib/PeilessStartup.c PeilessStartup(): "Tdx started with(Hob: 0x%x, Gpaw: 0x%x, Cpus: %d)\n"
  // Hob = PcdOvmfSecGhcbBase (TD HOB guest-physical address) -> gpa; Gpaw = GPA width (0x30 / 0x34) -> count; Cpus -> count
  [
    'OvmfPkg/IntelTdx/PeilessStartupLib/PeilessStartup.c PeilessStartup via TDVF debug log',
    48,
    'Tdx started with(Hob: 0x809000, Gpaw: 0x30, Cpus: 2)',
    [
      ['0x809000', 'gpa'],
      ['0x30', 'count'],
      ['Cpus: 2', 'count'],
    ],
  ],
  [
    'OvmfPkg/IntelTdx/PeilessStartupLib/PeilessStartup.c PeilessStartup via TDVF debug log',
    52,
    'Tdx started with(Hob: 0x809000, Gpaw: 0x34, Cpus: 8)',
    [
      ['0x809000', 'gpa'],
      ['0x34', 'count'],
      ['Cpus: 8', 'count'],
    ],
  ],

  // PeilessStartup.c: "HobList: %p\n" (GetHobList(), a firmware pointer = guest-physical in the identity-mapped TD) -> gpa
  [
    'OvmfPkg/IntelTdx/PeilessStartupLib/PeilessStartup.c PeilessStartup (HobList) via TDVF debug log',
    48,
    'HobList: 0000000000809000',
    [['HobList: 0000000000809000', 'gpa']],
  ],
  [
    'OvmfPkg/IntelTdx/PeilessStartupLib/PeilessStartup.c PeilessStartup (HobList) via TDVF debug log',
    52,
    'HobList: 0000000000810000',
    [['HobList: 0000000000810000', 'gpa']],
  ],

  // PeilessStartup.c InitializePlatform(): "PhysMemAddressWidth=0x%x, Pci64Base=0x%llx, Pci64Size=0x%llx\n"
  // -> address width (count), 64-bit PCI MMIO aperture base (gpa), aperture size (size)
  [
    'OvmfPkg/IntelTdx/PeilessStartupLib/PeilessStartup.c InitializePlatform via TDVF debug log',
    48,
    'PhysMemAddressWidth=0x2F, Pci64Base=0x380000000000, Pci64Size=0x8000000000',
    [
      ['PhysMemAddressWidth=0x2F', 'count'],
      ['Pci64Base=0x380000000000', 'gpa'],
      ['Pci64Size=0x8000000000', 'size'],
    ],
  ],
  [
    'OvmfPkg/IntelTdx/PeilessStartupLib/PeilessStartup.c InitializePlatform via TDVF debug log',
    52,
    'PhysMemAddressWidth=0x33, Pci64Base=0x7000000000000, Pci64Size=0x800000000000',
    [
      ['PhysMemAddressWidth=0x33', 'count'],
      ['Pci64Base=0x7000000000000', 'gpa'],
      ['Pci64Size=0x800000000000', 'size'],
    ],
  ],
  [
    'OvmfPkg/IntelTdx/PeilessStartupLib/PeilessStartup.c InitializePlatform via TDVF debug log',
    48,
    'PhysMemAddressWidth=0x24, Pci64Base=0x800000000, Pci64Size=0x800000000',
    [
      ['PhysMemAddressWidth=0x24', 'count'],
      ['Pci64Base=0x800000000', 'gpa'],
      ['Pci64Size=0x800000000', 'size'],
    ],
  ],

  // PeilessStartup.c: "HostBridgeDeviceId = 0x%x\n" (PCI device id of the host bridge, 0x29C0 = Q35) -> count (an id)
  [
    'OvmfPkg/IntelTdx/PeilessStartupLib/PeilessStartup.c InitializePlatform (HostBridgeDeviceId) via TDVF debug log',
    48,
    'HostBridgeDeviceId = 0x29C0',
    [['0x29C0', 'count']],
  ],
  // PeilessStartup.c: "MaxCpuCount=%d, BootCpuCount=%d\n" -> count, count
  [
    'OvmfPkg/IntelTdx/PeilessStartupLib/PeilessStartup.c InitializePlatform (MaxCpuCount) via TDVF debug log',
    48,
    'MaxCpuCount=4, BootCpuCount=4',
    [
      ['MaxCpuCount=4', 'count'],
      ['BootCpuCount=4', 'count'],
    ],
  ],
  [
    'OvmfPkg/IntelTdx/PeilessStartupLib/PeilessStartup.c InitializePlatform (MaxCpuCount) via TDVF debug log',
    52,
    'MaxCpuCount=64, BootCpuCount=16',
    [
      ['MaxCpuCount=64', 'count'],
      ['BootCpuCount=16', 'count'],
    ],
  ],
  // PeilessStartup.c: "Uc32Base = 0x%x, LowerMemorySize = 0x%x\n" -> 32-bit UC MMIO base (gpa), low RAM size (size)
  [
    'OvmfPkg/IntelTdx/PeilessStartupLib/PeilessStartup.c InitializePlatform (Uc32Base) via TDVF debug log',
    48,
    'Uc32Base = 0x80000000, LowerMemorySize = 0x80000000',
    [
      ['0x80000000', 'gpa'],
      ['0x80000000', 'size'],
    ],
  ],
  [
    'OvmfPkg/IntelTdx/PeilessStartupLib/PeilessStartup.c InitializePlatform (Uc32Base) via TDVF debug log',
    52,
    'Uc32Base = 0xC0000000, LowerMemorySize = 0x7FFDC000',
    [
      ['0xC0000000', 'gpa'],
      ['0x7FFDC000', 'size'],
    ],
  ],

  // PeilessStartup.c: "SecFv : %p, 0x%x\n" and "DxeFv : %x, 0x%x\n" -> FV base (gpa, printed bare after the label), FV length (size)
  [
    'OvmfPkg/IntelTdx/PeilessStartupLib/PeilessStartup.c PeilessStartup (SecFv) via TDVF debug log',
    48,
    'SecFv : 00000000FFC84000, 0x37C000',
    [
      ['SecFv : 00000000FFC84000', 'gpa'],
      ['0x37C000', 'size'],
    ],
  ],
  [
    'OvmfPkg/IntelTdx/PeilessStartupLib/PeilessStartup.c PeilessStartup (DxeFv) via TDVF debug log',
    48,
    'DxeFv : FF000000, 0xC84000',
    [
      ['DxeFv : FF000000', 'gpa'],
      ['0xC84000', 'size'],
    ],
  ],
  [
    'OvmfPkg/IntelTdx/PeilessStartupLib/PeilessStartup.c PeilessStartup (DxeFv) via TDVF debug log',
    52,
    'DxeFv : FF000000, 0xC84000',
    [
      ['DxeFv : FF000000', 'gpa'],
      ['0xC84000', 'size'],
    ],
  ],

  // OvmfPkg/IntelTdx/PeilessStartupLib/Hob.c ConstructFwHobList(): "LowMemory Start and End: %x, %x\n" -> gpa (the end
  // value after ", " is not directly after a label word, so it is not listed)
  [
    'OvmfPkg/IntelTdx/PeilessStartupLib/Hob.c ConstructFwHobList via TDVF debug log',
    48,
    'LowMemory Start and End: 1000, 7FFDC000',
    [['End: 1000', 'gpa']],
  ],
  [
    'OvmfPkg/IntelTdx/PeilessStartupLib/Hob.c ConstructFwHobList via TDVF debug log',
    52,
    'LowMemory Start and End: 1200000, 80000000',
    [['End: 1200000', 'gpa']],
  ],

  // MdePkg/Library/TdxLib/AcceptPages.c TdAcceptPages():
  //   DEBUG_WARN "Page at Address (0x%llx) has already been accepted. - %d\n" -> gpa (the duplicate counter after "- " is unlabelled)
  //   DEBUG_VERBOSE "Address %llx cannot be accepted in PageLevel of %d\n" -> gpa, accept level (count)
  //   DEBUG_ERROR "Address %llx (%d) failed to be accepted. Error = 0x%llx\n" -> gpa, TDG.MEM.PAGE.ACCEPT status (tdxStatus)
  //   DEBUG_ERROR "Accept page size must be 4K/2M. Invalid page size - 0x%llx\n" -> size
  [
    'MdePkg/Library/TdxLib/AcceptPages.c TdAcceptPages (already accepted) via TDVF debug log',
    48,
    'Page at Address (0x7F000000) has already been accepted. - 1',
    [['(0x7F000000', 'gpa']],
  ],
  [
    'MdePkg/Library/TdxLib/AcceptPages.c TdAcceptPages (already accepted) via TDVF debug log',
    52,
    'Page at Address (0x100200000) has already been accepted. - 12',
    [['(0x100200000', 'gpa']],
  ],
  [
    'MdePkg/Library/TdxLib/AcceptPages.c TdAcceptPages (page size mismatch) via TDVF debug log',
    48,
    'Address 7FE00000 cannot be accepted in PageLevel of 1',
    [
      ['Address 7FE00000', 'gpa'],
      ['of 1', 'count'],
    ],
  ],
  [
    'MdePkg/Library/TdxLib/AcceptPages.c TdAcceptPages (page size mismatch) via TDVF debug log',
    52,
    'Address 100000000 cannot be accepted in PageLevel of 1',
    [
      ['Address 100000000', 'gpa'],
      ['of 1', 'count'],
    ],
  ],
  [
    'MdePkg/Library/TdxLib/AcceptPages.c TdAcceptPages (error) via TDVF debug log',
    48,
    'Address 7F4C1000 (0) failed to be accepted. Error = 0xC000010000000000',
    [
      ['Address 7F4C1000', 'gpa'],
      ['0xC000010000000000', 'tdxStatus'],
    ],
  ],
  // A shared GPA (bit 47 set under GPAW 48) handed to TDG.MEM.PAGE.ACCEPT by a buggy caller
  [
    'MdePkg/Library/TdxLib/AcceptPages.c TdAcceptPages (error, shared GPA) via TDVF debug log',
    48,
    'Address 80007F4C1000 (0) failed to be accepted. Error = 0xC000010000000000',
    [
      ['Address 80007F4C1000', 'gpa'],
      ['0xC000010000000000', 'tdxStatus'],
    ],
  ],
  [
    'MdePkg/Library/TdxLib/AcceptPages.c TdAcceptPages (error, shared GPA) via TDVF debug log',
    52,
    'Address 8000100000000 (0) failed to be accepted. Error = 0xC000010000000000',
    [
      ['Address 8000100000000', 'gpa'],
      ['0xC000010000000000', 'tdxStatus'],
    ],
  ],
  [
    'MdePkg/Library/TdxLib/AcceptPages.c TdAcceptPages (bad size) via TDVF debug log',
    48,
    'Accept page size must be 4K/2M. Invalid page size - 0x40000000',
    [['0x40000000', 'size']],
  ],

  // SecTdxHelper.c ValidateHobList(): "HOB: TD Hob Size was overflow. Totalsize is  0x%x\n" -> size;
  // "HOB: Unknow ResourceDescriptor ResourceType type. Type: 0x%08x\n" -> resource type id (count);
  // "HOB: Hob type is not know. Type: 0x%04x\n" -> HOB type id (count)
  [
    'OvmfPkg/IntelTdx/TdxHelperLib/SecTdxHelper.c ValidateHobList (size) via TDVF debug log',
    48,
    'HOB: TD Hob Size was overflow. Totalsize is  0x2008',
    [['0x2008', 'size']],
  ],
  [
    'OvmfPkg/IntelTdx/TdxHelperLib/SecTdxHelper.c ValidateHobList (ResourceType) via TDVF debug log',
    52,
    'HOB: Unknow ResourceDescriptor ResourceType type. Type: 0x00000009',
    [['0x00000009', 'count']],
  ],
  [
    'OvmfPkg/IntelTdx/TdxHelperLib/SecTdxHelper.c ValidateHobList (HobType) via TDVF debug log',
    48,
    'HOB: Hob type is not know. Type: 0x000B',
    [['0x000B', 'count']],
  ],

  // ===================================================================================================
  // Linux text interfaces inside a TD guest (guest-physical) and on the host
  // ===================================================================================================

  // kernel/resource.c r_show(): "%*s%0*llx-%0*llx : %s\n" (/proc/iomem read as root, inside a TD) -> gpa-gpa
  [
    'kernel/resource.c r_show via /proc/iomem (TD guest)',
    48,
    '00000000-00000fff : Reserved',
    [
      ['00000000', 'gpa'],
      ['00000fff', 'gpa'],
    ],
  ],
  [
    'kernel/resource.c r_show via /proc/iomem (TD guest)',
    48,
    '00100000-7f77dfff : System RAM',
    [
      ['00100000', 'gpa'],
      ['7f77dfff', 'gpa'],
    ],
  ],
  [
    'kernel/resource.c r_show via /proc/iomem (TD guest)',
    48,
    '  3b000000-3c1fffff : Kernel code',
    [
      ['3b000000', 'gpa'],
      ['3c1fffff', 'gpa'],
    ],
  ],
  [
    'kernel/resource.c r_show via /proc/iomem (TD guest)',
    48,
    '7f77e000-7f7fdfff : ACPI Tables',
    [
      ['7f77e000', 'gpa'],
      ['7f7fdfff', 'gpa'],
    ],
  ],
  [
    'kernel/resource.c r_show via /proc/iomem (TD guest)',
    48,
    'fec00000-fec003ff : IOAPIC 0',
    [
      ['fec00000', 'gpa'],
      ['fec003ff', 'gpa'],
    ],
  ],
  [
    'kernel/resource.c r_show via /proc/iomem (TD guest)',
    48,
    '100000000-27fffffff : System RAM',
    [
      ['100000000', 'gpa'],
      ['27fffffff', 'gpa'],
    ],
  ],
  [
    'kernel/resource.c r_show via /proc/iomem (TD guest)',
    48,
    '380000000000-3807ffffffff : PCI Bus 0000:00',
    [
      ['380000000000', 'gpa'],
      ['3807ffffffff', 'gpa'],
    ],
  ],
  [
    'kernel/resource.c r_show via /proc/iomem (TD guest)',
    48,
    '  380000000000-380000003fff : 0000:00:03.0',
    [
      ['380000000000', 'gpa'],
      ['380000003fff', 'gpa'],
    ],
  ],
  [
    'kernel/resource.c r_show via /proc/iomem (TD guest)',
    52,
    '880000000-107fffffff : System RAM',
    [
      ['880000000', 'gpa'],
      ['107fffffff', 'gpa'],
    ],
  ],
  [
    'kernel/resource.c r_show via /proc/iomem (TD guest)',
    52,
    'e0000000-efffffff : PCI ECAM 0000 [bus 00-ff]',
    [
      ['e0000000', 'gpa'],
      ['efffffff', 'gpa'],
    ],
  ],
  [
    'kernel/resource.c r_show via /proc/iomem (TD guest)',
    52,
    '  fe000000-fe003fff : 0000:00:02.0',
    [
      ['fe000000', 'gpa'],
      ['fe003fff', 'gpa'],
    ],
  ],
  [
    'kernel/resource.c r_show via /proc/iomem (TD guest)',
    52,
    '7000000000000-7007fffffffff : PCI Bus 0000:00',
    [
      ['7000000000000', 'gpa'],
      ['7007fffffffff', 'gpa'],
    ],
  ],
  // On the host /proc/iomem is host physical (TDX-capable RAM ranges) -> hpa
  [
    'kernel/resource.c r_show via /proc/iomem (host)',
    48,
    '100000000-207fffffff : System RAM',
    [
      ['100000000', 'hpa'],
      ['207fffffff', 'hpa'],
    ],
  ],
  [
    'kernel/resource.c r_show via /proc/iomem (host)',
    52,
    '  6f7b8000-6f7bafff : Reserved',
    [
      ['6f7b8000', 'hpa'],
      ['6f7bafff', 'hpa'],
    ],
  ],

  // drivers/firmware/memmap.c start_show()/end_show(): "0x%llx\n" (/sys/firmware/memmap/N/start|end; in a TD the
  // firmware map is guest-physical) -> gpa
  ['drivers/firmware/memmap.c start_show via /sys/firmware/memmap/0/start (TD guest)', 48, '0x100000', [['0x100000', 'gpa']]],
  ['drivers/firmware/memmap.c end_show via /sys/firmware/memmap/3/end (TD guest)', 52, '0x27fffffff', [['0x27fffffff', 'gpa']]],

  // fs/proc/task_mmu.c show_vma_header_prefix(): "%08lx-%08lx %c%c%c%c %08llx %02x:%02x %lu " (/proc/<pid>/maps).
  // A process inside the TD guest -> gva-gva; the QEMU process on the host -> pointer-pointer (host virtual).
  // The offset/dev/inode columns are not after a label word and are not listed.
  [
    'fs/proc/task_mmu.c show_map_vma via /proc/self/maps (TD guest process)',
    48,
    '55d0c8a00000-55d0c8a28000 r--p 00000000 fd:01 1835017                    /usr/bin/cat',
    [
      ['55d0c8a00000', 'gva'],
      ['55d0c8a28000', 'gva'],
    ],
  ],
  [
    'fs/proc/task_mmu.c show_map_vma via /proc/self/maps (TD guest process)',
    48,
    '7f3e2b400000-7f3e2b428000 r--p 00000000 fd:01 1840224                    /usr/lib/x86_64-linux-gnu/libc.so.6',
    [
      ['7f3e2b400000', 'gva'],
      ['7f3e2b428000', 'gva'],
    ],
  ],
  [
    'fs/proc/task_mmu.c show_map_vma via /proc/self/maps (TD guest process)',
    52,
    '7ffd4c3c3000-7ffd4c3e4000 rw-p 00000000 00:00 0                          [stack]',
    [
      ['7ffd4c3c3000', 'gva'],
      ['7ffd4c3e4000', 'gva'],
    ],
  ],
  [
    'fs/proc/task_mmu.c show_map_vma via /proc/self/maps (TD guest process)',
    52,
    'ffffffffff600000-ffffffffff601000 --xp 00000000 00:00 0                  [vsyscall]',
    [
      ['ffffffffff600000', 'gva'],
      ['ffffffffff601000', 'gva'],
    ],
  ],
  [
    'fs/proc/task_mmu.c show_map_vma via /proc/<qemu pid>/maps (host)',
    48,
    '7f1b00000000-7f1c00000000 rw-s 00000000 00:01 2051                       /memfd:pc.ram (deleted)',
    [
      ['7f1b00000000', 'pointer'],
      ['7f1c00000000', 'pointer'],
    ],
  ],
  [
    'fs/proc/task_mmu.c show_map_vma via /proc/<qemu pid>/maps (host)',
    52,
    '55d6a2e00000-55d6a3400000 r-xp 00600000 fd:00 3411972                    /usr/bin/qemu-system-x86_64',
    [
      ['55d6a2e00000', 'pointer'],
      ['55d6a3400000', 'pointer'],
    ],
  ],

  // pciutils lspci.c show_bases(): "\tRegion %d: " then "Memory at " PCIADDR_T_FMT " (%s, %sprefetchable)" or
  // "I/O ports at " PCIADDR_PORT_FMT, then " [size=%s]" (format_size: plain decimal below 1K, else "4K" etc. which
  // is not a number token and is not listed). Inside a TD the BAR addresses are guest-physical (gpa); I/O port -> count.
  [
    'pciutils lspci.c show_bases via lspci -vv (TD guest)',
    48,
    '\tRegion 0: Memory at fe000000 (32-bit, non-prefetchable) [size=4K]',
    [
      ['Region 0', 'count'],
      ['at fe000000', 'gpa'],
    ],
  ],
  [
    'pciutils lspci.c show_bases via lspci -vv (TD guest)',
    48,
    '\tRegion 4: Memory at 380000000000 (64-bit, prefetchable) [size=16K]',
    [
      ['Region 4', 'count'],
      ['at 380000000000', 'gpa'],
    ],
  ],
  [
    'pciutils lspci.c show_bases via lspci -vv (TD guest)',
    52,
    '\tRegion 4: Memory at 7000000004000 (64-bit, prefetchable) [size=16K]',
    [
      ['Region 4', 'count'],
      ['at 7000000004000', 'gpa'],
    ],
  ],
  [
    'pciutils lspci.c show_bases via lspci -vv (TD guest)',
    52,
    '\tRegion 1: Memory at febd1000 (32-bit, non-prefetchable) [size=4K]',
    [
      ['Region 1', 'count'],
      ['at febd1000', 'gpa'],
    ],
  ],
  [
    'pciutils lspci.c show_bases (I/O) via lspci -vv (TD guest)',
    48,
    '\tRegion 0: I/O ports at c040 [size=64]',
    [
      ['Region 0', 'count'],
      ['at c040', 'count'],
      ['size=64', 'size'],
    ],
  ],
  [
    'pciutils lspci.c show_bases (I/O) via lspci -vv (TD guest)',
    52,
    '\tRegion 0: I/O ports at c000 [size=32]',
    [
      ['Region 0', 'count'],
      ['at c000', 'count'],
      ['size=32', 'size'],
    ],
  ],
  // On the host (a VFIO-assigned NIC seen by lspci on the host) the BAR is host physical -> hpa
  [
    'pciutils lspci.c show_bases via lspci -vv (host)',
    48,
    '\tRegion 0: Memory at 20fff0000000 (64-bit, prefetchable) [size=32M]',
    [
      ['Region 0', 'count'],
      ['at 20fff0000000', 'hpa'],
    ],
  ],
  [
    'pciutils lspci.c show_bases via lspci -vv (host)',
    52,
    '\tRegion 3: Memory at d3ffc000 (64-bit, non-prefetchable) [size=16K]',
    [
      ['Region 3', 'count'],
      ['at d3ffc000', 'hpa'],
    ],
  ],
  // lspci.c show_rom(): "\tExpansion ROM at " PCIADDR_T_FMT ... " [size=%s]" -> gpa (TD guest)
  [
    'pciutils lspci.c show_rom via lspci -vv (TD guest)',
    48,
    '\tExpansion ROM at feb80000 [disabled] [size=256K]',
    [['at feb80000', 'gpa']],
  ],
  [
    'pciutils lspci.c show_rom via lspci -vv (TD guest)',
    52,
    '\tExpansion ROM at feb40000 [disabled] [size=256K]',
    [['at feb40000', 'gpa']],
  ],
  // pciutils ls-caps.c cap_msi(): "\t\tAddress: %08x%08x  Data: %04x\n" (64-bit MSI) -> guest-physical MSI doorbell
  // address in the 0xfeexxxxx window (gpa), MSI data word (data)
  [
    'pciutils ls-caps.c cap_msi via lspci -vv (TD guest)',
    48,
    '\t\tAddress: 00000000fee00000  Data: 4021',
    [
      ['Address: 00000000fee00000', 'gpa'],
      ['Data: 4021', 'data'],
    ],
  ],
  [
    'pciutils ls-caps.c cap_msi via lspci -vv (TD guest)',
    52,
    '\t\tAddress: 00000000fee01000  Data: 4022',
    [
      ['Address: 00000000fee01000', 'gpa'],
      ['Data: 4022', 'data'],
    ],
  ],
  // ls-caps.c cap_msix(): "MSI-X: Enable%c Count=%d Masked%c\n" -> count
  [
    'pciutils ls-caps.c cap_msix via lspci -vv (TD guest)',
    48,
    '\tCapabilities: [98] MSI-X: Enable+ Count=3 Masked-',
    [['Count=3', 'count']],
  ],
  [
    'pciutils ls-caps.c cap_msix via lspci -vv (TD guest)',
    52,
    '\tCapabilities: [84] MSI-X: Enable+ Count=33 Masked-',
    [['Count=33', 'count']],
  ],

  // mm/memblock.c memblock_reserve()/memblock_dbg "%s: [%pa-%pa] %pS\n" with memblock=debug in a TD guest: %pa prints
  // "0x%016llx" -> gpa, gpa. The caller symbol's "+0x4c1/0xf30" (offset into / length of a function) fits no kind and is
  // not listed (see report).
  [
    'mm/memblock.c memblock_reserve (memblock=debug) via dmesg (TD guest)',
    48,
    '[    0.000000] memblock_reserve: [0x000000003b000000-0x000000003d3fffff] setup_arch+0x5f/0xe90',
    [
      ['[0x000000003b000000', 'gpa'],
      ['-0x000000003d3fffff', 'gpa'],
    ],
  ],
  [
    'mm/memblock.c memblock_reserve (memblock=debug) via dmesg (TD guest)',
    52,
    '[    0.000000] memblock_reserve: [0x000000007f4c8000-0x000000007f4c8fff] efi_reserve_boot_services+0x8f/0xd0',
    [
      ['[0x000000007f4c8000', 'gpa'],
      ['-0x000000007f4c8fff', 'gpa'],
    ],
  ],
  [
    'mm/memblock.c memblock_phys_free (memblock=debug) via dmesg (TD guest)',
    48,
    '[    1.204117] memblock_phys_free: [0x000000007bfdf000-0x000000007ffdefff] swiotlb_exit+0x9c/0x140',
    [
      ['[0x000000007bfdf000', 'gpa'],
      ['-0x000000007ffdefff', 'gpa'],
    ],
  ],
  // mm/memblock.c memblock_alloc_internal(): "%s: %llu bytes align=0x%llx nid=%d from=%pa max_addr=%pa %pS\n"
  // -> size, size (alignment), NUMA node (count), lower/upper guest-physical bounds (gpa)
  [
    'mm/memblock.c memblock_alloc_try_nid (memblock=debug) via dmesg (TD guest)',
    48,
    '[    0.000000] memblock_alloc_try_nid: 4096 bytes align=0x1000 nid=-1 from=0x0000000000000000 max_addr=0x0000000000000000 spp_getpage+0x40/0x80',
    [
      ['memblock_alloc_try_nid: 4096', 'size'],
      ['align=0x1000', 'size'],
      ['nid=-1', 'count'],
      ['from=0x0000000000000000', 'gpa'],
      ['max_addr=0x0000000000000000', 'gpa'],
    ],
  ],
  [
    'mm/memblock.c memblock_alloc_try_nid (memblock=debug) via dmesg (TD guest)',
    52,
    '[    0.000000] memblock_alloc_try_nid: 2097152 bytes align=0x200000 nid=0 from=0x0000000001000000 max_addr=0x0000000000000000 sparse_init_nid+0x5e/0x2d0',
    [
      ['memblock_alloc_try_nid: 2097152', 'size'],
      ['align=0x200000', 'size'],
      ['nid=0', 'count'],
      ['from=0x0000000001000000', 'gpa'],
      ['max_addr=0x0000000000000000', 'gpa'],
    ],
  ],

  // kernel/dma/swiotlb.c swiotlb_tbl_map_single(): dev_warn_ratelimited("swiotlb buffer is full (sz: %zd bytes), total %lu
  // (slots), used %lu (slots)\n") -> size, count, count (in a TD every DMA bounces through the shared swiotlb pool)
  [
    'kernel/dma/swiotlb.c swiotlb_tbl_map_single via dmesg (TD guest)',
    48,
    '[ 1203.331877] virtio-pci 0000:00:03.0: swiotlb buffer is full (sz: 65536 bytes), total 32768 (slots), used 32736 (slots)',
    [
      ['sz: 65536', 'size'],
      ['total 32768', 'count'],
      ['used 32736', 'count'],
    ],
  ],
  [
    'kernel/dma/swiotlb.c swiotlb_tbl_map_single via dmesg (TD guest)',
    52,
    '[  412.009004] nvme 0000:00:05.0: swiotlb buffer is full (sz: 262144 bytes), total 524288 (slots), used 524160 (slots)',
    [
      ['sz: 262144', 'size'],
      ['total 524288', 'count'],
      ['used 524160', 'count'],
    ],
  ],
  // kernel/dma/swiotlb.c swiotlb_adjust_nareas(): pr_info("area num %d.\n") with pr_fmt "software IO TLB: " -> count
  [
    'kernel/dma/swiotlb.c swiotlb_adjust_nareas via dmesg (TD guest)',
    48,
    '[    0.912301] software IO TLB: area num 4.',
    [['num 4', 'count']],
  ],
  [
    'kernel/dma/swiotlb.c swiotlb_adjust_nareas via dmesg (TD guest)',
    52,
    '[    0.912301] software IO TLB: area num 16.',
    [['num 16', 'count']],
  ],
  // kernel/dma/pool.c __dma_atomic_pool_init(): pr_info("DMA: preallocated %zu KiB %pGg pool for atomic allocations\n") -> size
  [
    'kernel/dma/pool.c __dma_atomic_pool_init via dmesg (TD guest)',
    48,
    '[    0.531221] DMA: preallocated 1024 KiB GFP_KERNEL pool for atomic allocations',
    [['preallocated 1024', 'size']],
  ],
  [
    'kernel/dma/pool.c __dma_atomic_pool_init via dmesg (TD guest)',
    52,
    '[    0.531240] DMA: preallocated 1024 KiB GFP_KERNEL|GFP_DMA32 pool for atomic allocations',
    [['preallocated 1024', 'size']],
  ],

  // arch/x86/coco/tdx/tdx.c tdx_early_init(): pr_info("Guest detected\n") (pr_fmt "tdx: ") and arch/x86/mm/mem_encrypt.c
  // print_mem_encrypt_feature_info(): "Memory Encryption Features active:" + " Intel TDX" -> no numbers (precision checks)
  ['arch/x86/coco/tdx/tdx.c tdx_early_init via dmesg (TD guest)', 48, '[    0.000000] tdx: Guest detected', []],
  [
    'arch/x86/mm/mem_encrypt.c print_mem_encrypt_feature_info via dmesg (TD guest)',
    52,
    '[    0.000000] Memory Encryption Features active: Intel TDX',
    [],
  ],
  // arch/x86/coco/tdx/tdx.c tdx_module_call(): panic("TDCALL %lld failed (Buggy TDX module!)\n", fn) -> TDCALL leaf number (count)
  [
    'arch/x86/coco/tdx/tdx.c tdx_module_call panic via serial console (TD guest)',
    48,
    '[    0.000000] Kernel panic - not syncing: TDCALL 1 failed (Buggy TDX module!)',
    [['TDCALL 1', 'count']],
  ],
  [
    'arch/x86/coco/tdx/tdx.c tdx_module_call panic via serial console (TD guest)',
    52,
    '[    0.000000] Kernel panic - not syncing: TDCALL 8 failed (Buggy TDX module!)',
    [['TDCALL 8', 'count']],
  ],

  // ===================================================================================================
  // KVM selftests output (tools/testing/selftests/kvm). The test VM's memory is guest-physical.
  // ===================================================================================================

  // lib/memstress.c memstress_create_vm(): pr_info("guest physical test memory: [0x%lx, 0x%lx)\n") -> gpa, gpa
  [
    'tools/testing/selftests/kvm/lib/memstress.c memstress_create_vm via demand_paging_test',
    48,
    'guest physical test memory: [0x7fbffff000, 0x7ffffff000)',
    [
      ['[0x7fbffff000', 'gpa'],
      ['0x7ffffff000', 'gpa'],
    ],
  ],
  [
    'tools/testing/selftests/kvm/lib/memstress.c memstress_create_vm via demand_paging_test',
    48,
    'guest physical test memory: [0x3fffbffff000, 0x3ffffffff000)',
    [
      ['[0x3fffbffff000', 'gpa'],
      ['0x3ffffffff000', 'gpa'],
    ],
  ],
  [
    'tools/testing/selftests/kvm/lib/memstress.c memstress_create_vm via dirty_log_perf_test',
    52,
    'guest physical test memory: [0xfffffbffff000, 0xfffffffff000)',
    [
      ['[0xfffffbffff000', 'gpa'],
      ['0xfffffffff000', 'gpa'],
    ],
  ],
  [
    'tools/testing/selftests/kvm/lib/memstress.c memstress_create_vm via memslot_modification_stress_test',
    52,
    'guest physical test memory: [0xffbfff0000, 0xffffff0000)',
    [
      ['[0xffbfff0000', 'gpa'],
      ['0xffffff0000', 'gpa'],
    ],
  ],
  // dirty_log_test.c / older perf_test_util.c: pr_info("guest physical test memory offset: 0x%lx\n") -> gpa
  [
    'tools/testing/selftests/kvm/dirty_log_test.c run_test via dirty_log_test',
    48,
    'guest physical test memory offset: 0xffbfffc000',
    [['0xffbfffc000', 'gpa']],
  ],
  [
    'tools/testing/selftests/kvm/access_tracking_perf_test.c via access_tracking_perf_test',
    52,
    'guest physical test memory offset: 0xffdfffff000',
    [['0xffdfffff000', 'gpa']],
  ],
  // lib/kvm_util.c vm_guest_mode_string(): "PA-bits:%d,  VA-bits:%d, %s pages" printed by "Testing guest mode: %s\n"
  // -> address widths (count); "4K" of "4K pages" is not a number token
  [
    'tools/testing/selftests/kvm/lib/kvm_util.c vm_guest_mode_string via dirty_log_test',
    48,
    'Testing guest mode: PA-bits:48,  VA-bits:48,  4K pages',
    [
      ['PA-bits:48', 'count'],
      ['VA-bits:48', 'count'],
    ],
  ],
  [
    'tools/testing/selftests/kvm/lib/kvm_util.c vm_guest_mode_string via dirty_log_test',
    52,
    'Testing guest mode: PA-bits:52,  VA-bits:57,  4K pages',
    [
      ['PA-bits:52', 'count'],
      ['VA-bits:57', 'count'],
    ],
  ],
  // dirty_log_test.c: pr_info("Dirtied %"PRIu64" pages\n") -> count
  ['tools/testing/selftests/kvm/dirty_log_test.c run_test via dirty_log_test', 48, 'Dirtied 995328 pages', [['Dirtied 995328', 'count']]],

  // ===================================================================================================
  // crash utility on a TD guest vmcore (crash-utility/crash x86_64.c x86_64_kvtop / x86_64_pud_offset /
  // x86_64_pmd_offset / x86_64_pte_offset, verbose vtop). The debugging target is the guest:
  //   "PML4 DIRECTORY: %lx" = kernel VA of the top-level table (gva);
  //   "PAGE DIRECTORY: %lx" = the PML4 entry's contents (a guest page-table entry value: fits no kind, not listed);
  //   "   PUD: %lx => %lx", "   PMD: %lx => %lx", "   PTE: %lx => %lx" = guest-physical address of the entry (gpa),
  //   then its contents after "=>" (not after a label word, not listed);
  //   "  PAGE: %lx" = guest-physical page (gpa). crash masks with a 52-bit physical mask, so a decrypted
  //   (shared) page shows the shared bit.
  // ===================================================================================================
  [
    'crash x86_64.c x86_64_kvtop via crash vtop (TD guest vmcore)',
    48,
    'PML4 DIRECTORY: ffffffff82c0a000',
    [['DIRECTORY: ffffffff82c0a000', 'gva']],
  ],
  [
    'crash x86_64.c x86_64_kvtop via crash vtop (TD guest vmcore)',
    52,
    'PML4 DIRECTORY: ffffffff9ce0a000',
    [['DIRECTORY: ffffffff9ce0a000', 'gva']],
  ],
  ['crash x86_64.c x86_64_kvtop via crash vtop (TD guest vmcore)', 48, 'PAGE DIRECTORY: 3c80d067', []],
  ['crash x86_64.c x86_64_pud_offset via crash vtop (TD guest vmcore)', 48, '   PUD: 3c80dff0 => 3c80e063', [['PUD: 3c80dff0', 'gpa']]],
  ['crash x86_64.c x86_64_pud_offset via crash vtop (TD guest vmcore)', 52, '   PUD: 27fc01880 => 27fc00063', [['PUD: 27fc01880', 'gpa']]],
  ['crash x86_64.c x86_64_pmd_offset via crash vtop (TD guest vmcore)', 48, '   PMD: 3c80e008 => 7d3e0063', [['PMD: 3c80e008', 'gpa']]],
  [
    'crash x86_64.c x86_64_pmd_offset via crash vtop (TD guest vmcore)',
    52,
    '   PMD: 27fc00f08 => 800000007ae000e3',
    [['PMD: 27fc00f08', 'gpa']],
  ],
  [
    'crash x86_64.c x86_64_pte_offset via crash vtop (TD guest vmcore)',
    48,
    '   PTE: 7d3e0a08 => 800000007d301063',
    [['PTE: 7d3e0a08', 'gpa']],
  ],
  [
    'crash x86_64.c x86_64_pte_offset via crash vtop (TD guest vmcore)',
    52,
    '   PTE: 1a4c3bff8 => 80000001a4c3c163',
    [['PTE: 1a4c3bff8', 'gpa']],
  ],
  ['crash x86_64.c x86_64_kvtop (PAGE) via crash vtop (TD guest vmcore)', 48, '  PAGE: 7d301000', [['PAGE: 7d301000', 'gpa']]],
  ['crash x86_64.c x86_64_kvtop (PAGE 2MB) via crash vtop (TD guest vmcore)', 52, '  PAGE: 7ae00000  (2MB)', [['PAGE: 7ae00000', 'gpa']]],
  [
    'crash x86_64.c x86_64_kvtop (PAGE, decrypted swiotlb page) via crash vtop (TD guest vmcore)',
    48,
    '  PAGE: 80007bfdf000',
    [['PAGE: 80007bfdf000', 'gpa']],
  ],
  [
    'crash x86_64.c x86_64_kvtop (PAGE, decrypted swiotlb page) via crash vtop (TD guest vmcore)',
    52,
    '  PAGE: 800007bfdf000',
    [['PAGE: 800007bfdf000', 'gpa']],
  ],
  [
    'crash x86_64.c x86_64_pte_offset (decrypted page) via crash vtop (TD guest vmcore)',
    48,
    '   PTE: 3c9f1ef8 => 800080007bfdf163',
    [['PTE: 3c9f1ef8', 'gpa']],
  ],

  // ===================================================================================================
  // QEMU TDX error reports (qemu/qemu target/i386/kvm/tdx.c), printed with the "qemu-system-x86_64: " prefix
  // ===================================================================================================

  // tdx_validate_attributes(): "Invalid attributes 0x%"PRIx64" for TDX VM (KVM supported: 0x%"PRIx64")" -> TD ATTRIBUTES bits: flags, flags
  [
    'qemu target/i386/kvm/tdx.c tdx_validate_attributes via QEMU stderr',
    48,
    'qemu-system-x86_64: Invalid attributes 0x10000001 for TDX VM (KVM supported: 0x90000000)',
    [
      ['0x10000001', 'flags'],
      ['0x90000000', 'flags'],
    ],
  ],
  [
    'qemu target/i386/kvm/tdx.c tdx_validate_attributes via QEMU stderr',
    52,
    'qemu-system-x86_64: Some QEMU unsupported TD attribute bits being requested: 0x40000000 (QEMU supported: 0x90000001)',
    [
      ['0x40000000', 'flags'],
      ['0x90000001', 'flags'],
    ],
  ],
  // setup_td_xfam(): "Invalid XFAM 0x%"PRIx64" for TDX VM (supported: 0x%"PRIx64"))" -> XFAM bit masks: flags, flags
  [
    'qemu target/i386/kvm/tdx.c setup_td_xfam via QEMU stderr',
    48,
    'qemu-system-x86_64: Invalid XFAM 0x61ae7 for TDX VM (supported: 0x41ae7))',
    [
      ['0x61ae7', 'flags'],
      ['0x41ae7', 'flags'],
    ],
  ],
  [
    'qemu target/i386/kvm/tdx.c setup_td_xfam via QEMU stderr',
    52,
    'qemu-system-x86_64: Invalid XFAM 0x602e7 for TDX VM (supported: 0x1ae7))',
    [
      ['0x602e7', 'flags'],
      ['0x1ae7', 'flags'],
    ],
  ],
  // tdx_inject_interrupt(): "TDX: injection interrupt %d failed, interrupt lost (%s)." -> vector (count)
  [
    'qemu target/i386/kvm/tdx.c tdx_inject_interrupt via QEMU stderr',
    48,
    'qemu-system-x86_64: TDX: injection interrupt 34 failed, interrupt lost (Invalid argument).',
    [['interrupt 34', 'count']],
  ],
  [
    'qemu target/i386/kvm/tdx.c tdx_inject_interrupt via QEMU stderr',
    52,
    'qemu-system-x86_64: TDX: injection interrupt 236 failed, interrupt lost (No such device or address).',
    [['interrupt 236', 'count']],
  ],
  // find_in_supported_entry(): "tdx_supported_cpuid requries more space than %d entries" -> count
  [
    'qemu target/i386/kvm/tdx.c find_in_supported_entry via QEMU stderr',
    48,
    'qemu-system-x86_64: tdx_supported_cpuid requries more space than 256 entries',
    [['than 256', 'count']],
  ],

  // ===================================================================================================
  // GDB on a TD guest through the gdbstub: gdb/printcmd.c print_command_1 of $cr3 (guest-physical page-table
  // root with PCID/flag bits in the low 12 bits) -> gpa; $rip / $rsp (guest kernel virtual) -> gva
  // ===================================================================================================
  ['gdb/printcmd.c print_command_1 (p/x $cr3) via GDB on a TD guest', 48, '$1 = 0x7d20a000', [['0x7d20a000', 'gpa']]],
  ['gdb/printcmd.c print_command_1 (p/x $cr3) via GDB on a TD guest', 52, '$2 = 0x10a4de005', [['0x10a4de005', 'gpa']]],
  ['gdb/printcmd.c print_command_1 (p/x $rip) via GDB on a TD guest', 48, '$3 = 0xffffffff81e4a7d2', [['0xffffffff81e4a7d2', 'gva']]],

  // ===================================================================================================
  // kvmtool builtin-run.c kvm_cmd_run_init(): printf("  # %s run -k %s -m %Lu -c %d --name %s\n") -> RAM in MiB
  // (size), vCPUs (count); the guest name's trailing pid is inside a word and not listed
  // ===================================================================================================
  [
    'kvmtool builtin-run.c kvm_cmd_run_init via lkvm stdout',
    48,
    '  # lkvm run -k bzImage -m 448 -c 4 --name guest-13207',
    [
      ['-m 448', 'size'],
      ['-c 4', 'count'],
    ],
  ],
  [
    'kvmtool builtin-run.c kvm_cmd_run_init via lkvm stdout',
    52,
    '  # lkvm run -k /boot/vmlinuz -m 2048 -c 8 --name guest-7731',
    [
      ['-m 2048', 'size'],
      ['-c 8', 'count'],
    ],
  ],
  // ===================================================================================================
  // More rows of the formats above, with other realistic values
  // ===================================================================================================
  [
    'OvmfPkg/IntelTdx/TdxHelperLib/SecTdxHelper.c MpAcceptMemoryResourceRange via TDVF debug log',
    48,
    'MpAccept : 0x400000 - 0x800000 (0x400000)',
    [
      ['0x400000', 'gpa'],
      ['0x800000', 'gpa'],
      ['0x400000', 'size'],
    ],
  ],
  [
    'OvmfPkg/Library/PlatformInitLib/IntelTdx.c MpAcceptMemoryResourceRange via TDVF debug log',
    48,
    'MpAccept : 0x7F4C1000 - 0x7F600000 (0x13F000)',
    [
      ['0x7F4C1000', 'gpa'],
      ['0x7F600000', 'gpa'],
      ['0x13F000', 'size'],
    ],
  ],
  [
    'OvmfPkg/IntelTdx/TdxHelperLib/SecTdxHelper.c AcceptMemory (PhysicalStart) via TDVF debug log',
    52,
    'PhysicalStart: 0x1080000000',
    [['0x1080000000', 'gpa']],
  ],
  [
    'OvmfPkg/IntelTdx/TdxHelperLib/SecTdxHelper.c AcceptMemory (ResourceLength) via TDVF debug log',
    48,
    'ResourceLength: 0x400000',
    [['0x400000', 'size']],
  ],
  [
    'OvmfPkg/IntelTdx/TdxHelperLib/SecTdxHelper.c AcceptMemoryForAPsStack (ResourceType) via TDVF debug log',
    48,
    'ResourceType: 0x1',
    [['0x1', 'count']],
  ],
  [
    'kernel/resource.c r_show via /proc/iomem (TD guest)',
    48,
    '  7bfdf000-7ffdefff : Reserved',
    [
      ['7bfdf000', 'gpa'],
      ['7ffdefff', 'gpa'],
    ],
  ],
  [
    'kernel/resource.c r_show via /proc/iomem (TD guest)',
    52,
    'fee00000-fee00fff : Local APIC',
    [
      ['fee00000', 'gpa'],
      ['fee00fff', 'gpa'],
    ],
  ],
  [
    'kernel/resource.c r_show via /proc/iomem (TD guest)',
    52,
    '  fed00000-fed003ff : HPET 0',
    [
      ['fed00000', 'gpa'],
      ['fed003ff', 'gpa'],
    ],
  ],
  [
    'fs/proc/task_mmu.c show_map_vma via /proc/self/maps (TD guest process)',
    48,
    '7f3e2b5f0000-7f3e2b5f4000 rw-s 00000000 00:05 1031                       /dev/tdx_guest',
    [
      ['7f3e2b5f0000', 'gva'],
      ['7f3e2b5f4000', 'gva'],
    ],
  ],
  [
    'fs/proc/task_mmu.c show_map_vma via /proc/<qemu pid>/maps (host)',
    48,
    '7f1a40000000-7f1dc0000000 rw-s 80000000 00:01 2051                       /memfd:pc.ram (deleted)',
    [
      ['7f1a40000000', 'pointer'],
      ['7f1dc0000000', 'pointer'],
    ],
  ],
  [
    'pciutils lspci.c show_bases via lspci -vv (TD guest)',
    48,
    '\tRegion 2: Memory at 380000004000 (64-bit, prefetchable) [size=16K]',
    [
      ['Region 2', 'count'],
      ['at 380000004000', 'gpa'],
    ],
  ],
  ['crash x86_64.c x86_64_pmd_offset via crash vtop (TD guest vmcore)', 48, '   PMD: 3c80f1f8 => 3c9f1063', [['PMD: 3c80f1f8', 'gpa']]],
  ['crash x86_64.c x86_64_kvtop (PAGE) via crash vtop (TD guest vmcore)', 52, '  PAGE: 1a4c3c000', [['PAGE: 1a4c3c000', 'gpa']]],
  [
    'tools/testing/selftests/kvm/lib/memstress.c memstress_create_vm via access_tracking_perf_test',
    48,
    'guest physical test memory: [0xffdfffff000, 0xfffffff000)',
    [
      ['[0xffdfffff000', 'gpa'],
      ['0xfffffff000', 'gpa'],
    ],
  ],
  [
    'kernel/dma/swiotlb.c swiotlb_tbl_map_single via dmesg (TD guest)',
    48,
    '[ 2210.118204] ahci 0000:00:1f.2: swiotlb buffer is full (sz: 8192 bytes), total 32768 (slots), used 32764 (slots)',
    [
      ['sz: 8192', 'size'],
      ['total 32768', 'count'],
      ['used 32764', 'count'],
    ],
  ],
  [
    'mm/memblock.c memblock_reserve (memblock=debug) via dmesg (TD guest)',
    48,
    '[    0.000000] memblock_reserve: [0x0000000000809000-0x000000000080afff] reserve_ibft_region+0x1a/0x40',
    [
      ['[0x0000000000809000', 'gpa'],
      ['-0x000000000080afff', 'gpa'],
    ],
  ],
];

/** The third blind set's lines with their truth, positioned (see `corpusFromRows`). */
export function blind3Corpus(): CorpusEntry[] {
  return corpusFromRows(ROWS);
}
