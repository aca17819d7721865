-- `-jdump=m` disassembles each trace's machine code: every IR instruction's
-- code under its `; NNNN OP` heading, the exit stubs under `->exit N`. Boxed
-- values are stored as one 64-bit store each (no halves written with two
-- 32-bit stores, which a later 64-bit load could not forward).
-- jdump: m
-- check: ---- TRACE 1 mcode
-- check: ; 0001 SLOAD
-- check: cmp     dword ptr [r14+
-- check: movsd
-- check-not: mov     dword ptr [r14
-- check: ->exit 0
-- check: mov     dword ptr [rsp+8],0
-- check: jmp
local n = 0
local t = {}
for i = 1, 200 do
  t[i] = true
  n = n + i
end
print(n, #t)
--[[ dump
---- TRACE 1 mcode ?
; 0001 SLOAD
0x?  cmp     dword ptr [r14+0x?],0x?
0x?  jae     0x?
0x?  movsd   xmm0,[r14+0x?]
; 0002 CONV
0x?  cvttsd2si edx,xmm0
0x?  xorps   xmm1,xmm1
0x?  cvtsi2sd xmm1,edx
0x?  ucomisd xmm0,xmm1
0x?  jp      0x?
0x?  jne     0x?
; 0003 SLOAD
0x?  cmp     dword ptr [r14+0x?],0x?
0x?  jb      0x?
0x?  cmp     dword ptr [r14+0x?],0x?
0x?  ja      0x?
0x?  mov     rax,[r14+8]
0x?  shl     rax,0x?
0x?  shr     rax,0x?
; 0004 CONV
0x?  xorps   xmm1,xmm1
0x?  cvtsi2sd xmm1,edx
; 0005 FLOAD
0x?  mov     ecx,[rax+0x?]
; 0006 ABC
0x?  lea     ebx,[rdx-1]
0x?  cmp     ebx,ecx
0x?  jae     0x?
; 0007 AREF
0x?  mov     rbx,[rax+0x?]
0x?  movsxd  rdx,edx
0x?  lea     rbx,[rbx+rdx*8-8]
; 0008 FLOAD
0x?  mov     rbp,[rax+0x?]
; 0009 EQ
0x?  cmp     rbp,0
0x?  jne     0x?
; 0010 ASTORE
0x?  movsd   xmm15,[0x?]
0x?  movsd   [rbx],xmm15
; 0011 SLOAD
0x?  cmp     dword ptr [r14+4],0x?
0x?  jae     0x?
0x?  movsd   xmm0,[r14]
; 0012 ADD
0x?  addsd   xmm0,xmm1
; 0013 ADDOV
0x?  mov     ebx,edx
0x?  add     ebx,1
0x?  jo      0x?
; 0014 LE
0x?  cmp     ebx,0x?
0x?  jg      0x?
; 0016 CONV
0x?  xorps   xmm1,xmm1
0x?  cvtsi2sd xmm1,ebx
; 0017 ABC
0x?  lea     ebp,[rbx-1]
0x?  cmp     ebp,ecx
0x?  jae     0x?
; 0018 AREF
0x?  mov     rbp,[rax+0x?]
0x?  movsxd  rbx,ebx
0x?  lea     rbp,[rbp+rbx*8-8]
; 0019 ASTORE
0x?  movsd   xmm15,[0x?]
0x?  movsd   [rbp],xmm15
; 0020 ADD
0x?  addsd   xmm0,xmm1
; 0021 ADDOV
0x?  mov     edx,ebx
0x?  add     edx,1
0x?  jo      0x?
; 0022 LE
0x?  cmp     edx,0x?
0x?  jg      0x?
; 0024 PHI
0x?  mov     rbx,rdx
0x?  jmp     0x?
->exit 0
0x?  mov     dword ptr [rsp+8],0
0x?  jmp     0x?
->exit 1
0x?  mov     dword ptr [rsp+8],1
0x?  jmp     0x?
->exit 2
0x?  mov     dword ptr [rsp+8],2
0x?  jmp     0x?
->exit 3
0x?  mov     dword ptr [rsp+8],3
0x?  jmp     0x?
->exit 4
0x?  mov     dword ptr [rsp+8],4
0x?  jmp     0x?
->exit 6
0x?  mov     dword ptr [rsp+8],6
0x?  jmp     0x?
->exit 7
0x?  mov     dword ptr [rsp+8],7
0x?  jmp     0x?
->exit 8
0x?  mov     dword ptr [rsp+8],8
0x?  jmp     0x?
0x?  mov     dword ptr [rsp+0x?],1
0x?  mov     dword ptr [rsp+0x?],0
0x?  jmp     0x?
]]
