/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * A cut-down KVM-style UAPI header used by the Impactgate quick start.
 * The "after" version of this file makes three classic mistakes.
 */
#ifndef _UAPI_LINUX_KVM_EXAMPLE_H
#define _UAPI_LINUX_KVM_EXAMPLE_H

#include <linux/types.h>
#include <linux/ioctl.h>

#define KVMIO 0xAE

enum kvm_exit_reason {
	KVM_EXIT_UNKNOWN,
	KVM_EXIT_EXCEPTION,
	KVM_EXIT_IO,
	KVM_EXIT_HYPERCALL,
};

struct kvm_regs_example {
	__u64 rax, rbx, rcx, rdx;
	__u64 rsi, rdi, rsp, rbp;
	__u64 rip, rflags;
};

struct kvm_run_example {
	__u8 request_interrupt_window;
	__u8 immediate_exit;
	__u8 padding1[6];
	__u32 exit_reason;
	__u8 ready_for_interrupt_injection;
	__u8 if_flag;
	__u16 flags;
	__u64 cr8;
	__u64 apic_base;
};

#define KVM_GET_REGS_EXAMPLE _IOR(KVMIO, 0x81, struct kvm_regs_example)
#define KVM_RUN_EXAMPLE      _IO(KVMIO, 0x80)

int kvm_example_open(const char *path, int flags);

#endif /* _UAPI_LINUX_KVM_EXAMPLE_H */
