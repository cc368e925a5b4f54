/*
 * gpa_demo.c — a small program to try TDX Address Inspector on, in the editor and under GDB.
 * Build: gcc -g -O0 -o build/gpa_demo gpa_demo.c   (the "Debug gpa_demo" launch config does it for you)
 *
 * Hover any address below. With tdx.gpaw = 48 (this workspace), bit 47 is the shared bit.
 */
#include <stdint.h>
#include <stdio.h>

typedef uint64_t gpa_t;
typedef uint64_t gfn_t;
typedef uint64_t u64;
typedef unsigned long long phys_addr_t; /* include/linux/types.h: the running machine's physical address */

struct kvm_arch {
	gfn_t gfn_direct_bits; /* GFN-space shared mask, upstream 6.16+ */
};

struct kvm {
	struct kvm_arch arch;
	int nr_vcpus;
};

struct fault {
	gpa_t addr;
	gfn_t gfn;
	int level;
	uint64_t error_code; /* PFERR_* bits, not an address */
};

u64 cc_mask = 0x800000000000ULL; /* guest kernel: BIT_ULL(gpa_width - 1), GPAW 48 */

static void handle(struct kvm *kvm, struct fault *f, void *ptr)
{
	uint64_t gpa = f->addr;            /* GDB shows uint64_t in decimal */
	gfn_t gfn = f->gfn;                /* a frame number: gpa >> 12 */
	gpa_t private_gpa = gpa & ~(kvm->arch.gfn_direct_bits << 12);
	double ratio = 1.5;
	const char *name = "tdx";
	phys_addr_t pa = 0x100000000ULL;   /* a GPA in a TD guest's kernel, host physical in a host's (TDX: Set Debuggee Side) */
	(void)pa;

	printf("fault at gpa 0x%016llx gfn %llx ptr %p\n", (unsigned long long)gpa, (unsigned long long)gfn, ptr);
	printf("private alias 0x%llx ratio %f name %s\n", (unsigned long long)private_gpa, ratio, name); /* break here */
	gpa ^= 1ULL << 47;                 /* flip the shared bit: shared -> private under GPAW 48 */
	printf("flipped 0x%llx\n", (unsigned long long)gpa);
}

int main(void)
{
	struct kvm kvm = { .arch = { .gfn_direct_bits = 0x800000000ULL }, .nr_vcpus = 4 };
	struct fault f = { .addr = 0x800000001234ULL, .gfn = 0x8000fee00ULL, .level = 1, .error_code = 0x100000002ULL };
	void *ptr = (void *)0x8000fee00000ULL;
	u64 invalid = 0x8000000001000ULL;   /* bit 51 set: invalid under GPAW 48 */
	u64 kernel_va = 0xffff888000001000ULL; /* a host kernel virtual address, never a GPA */

	(void)invalid;
	(void)kernel_va;
	handle(&kvm, &f, ptr);
	return 0;
}
