/* Structs whose layout the detector must compute exactly as gcc does (-m64 and -m32). */
typedef unsigned char __u8;
typedef signed char __s8;
typedef unsigned short __u16;
typedef unsigned int __u32;
typedef int __s32;
typedef unsigned long long __u64;
typedef long long __s64;
typedef __u64 __aligned_u64 __attribute__((aligned(8)));

#define NAME_LEN 20
#define RING_SLOTS (1 << 3)

enum color { RED, GREEN, BLUE };
enum small { S_A, S_B } __attribute__((packed));
enum wide { W_A = 0, W_BIG = 0x100000000ULL };

struct scalars {
	char c;
	short s;
	int i;
	long l;
	long long ll;
	float f;
	double d;
	void *p;
	unsigned char uc;
};

struct u64_after_u32 {
	__u32 a;
	__u64 b;
	__u8 c;
};

struct aligned_u64 {
	__u32 a;
	__aligned_u64 b;
};

struct bits {
	__u32 a:3;
	__u32 b:7;
	__u32 c:30;
	__u8 d:4;
	__u8 :0;
	__u8 e:2;
	__u16 f;
	__u64 g:40;
	__u64 h:30;
};

struct ll_bits {
	char c;
	unsigned long long x:33;
	unsigned long long y:33;
};

struct packed_hdr {
	__u8 type;
	__u32 len;
	__u16 flags;
} __attribute__((packed));

struct aligned16 {
	__u32 a;
} __attribute__((aligned(16)));

struct field_aligned {
	__u8 a;
	__u32 b __attribute__((aligned(8)));
	__u8 c;
};

struct nested {
	__u8 tag;
	struct u64_after_u32 inner;
	union {
		__u32 word;
		__u8 bytes[6];
	};
	struct {
		__u16 lo, hi;
	} pair;
	__u8 tail;
};

struct arrays {
	__u16 grid[3][5];
	char name[NAME_LEN];
	__u8 ring[RING_SLOTS];
	__u32 sized[sizeof(struct packed_hdr)];
	__u32 n;
	__u64 data[];
};

struct enums {
	__u8 a;
	enum color color;
	enum small small;
	__u8 b;
	enum wide wide;
};

union mixed {
	__u8 b;
	__u32 w;
	__u64 q;
	char name[13];
};

struct with_union {
	__u8 kind;
	union mixed value;
};

struct long_double {
	char c;
	long double x;
};

struct tail_padding {
	struct {
		__u64 a;
		__u8 b;
	} head;
	__u8 after;
};

struct pointers {
	const char *name;
	int (*fn)(int, void *);
	__u32 n;
};

struct packed_with_aligned {
	__u8 a;
	__u64 b;
	__u32 c __attribute__((aligned(4)));
} __attribute__((packed));

struct kvm_run_like {
	__u8 request_interrupt_window;
	__u8 immediate_exit;
	__u8 padding1[6];
	__u32 exit_reason;
	__u8 ready_for_interrupt_injection;
	__u8 if_flag;
	__u16 flags;
	__u64 cr8;
	__u64 apic_base;
	union {
		struct {
			__u64 hardware_exit_reason;
		} hw;
		struct {
			__u8 direction;
			__u8 size;
			__u16 port;
			__u32 count;
			__u64 data_offset;
		} io;
		char padding[256];
	};
	__u64 kvm_valid_regs;
	__u64 kvm_dirty_regs;
	union {
		char padding[2048];
	} s;
};
