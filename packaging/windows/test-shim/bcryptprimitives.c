/* TEST ONLY — never ship this file's DLL.
 *
 * Wine 8.0 (Debian 12) has no bcryptprimitives.dll, which Rust's standard library imports for
 * ProcessPrng (random numbers for hash maps). packaging/windows/smoke.sh builds this shim with
 * mingw-w64 and puts it beside the .exe it runs under Wine; real Windows (10 and later) has the
 * DLL. It answers ProcessPrng with advapi32's RtlGenRandom (SystemFunction036). */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
