using System.Runtime.InteropServices;

namespace WireIngest.Tests.TestSupport;

/// <summary>Makes a named pipe (FIFO), which .NET has no API for: opening one for reading blocks until a writer comes.</summary>
internal static class NamedPipe
{
    /// <summary>Creates a FIFO at <paramref name="path"/>; the calling test is ignored where there are no FIFOs.</summary>
    public static void Create(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Ignore("named pipes are made through Linux's libc here");
        }

        byte[] utf8Path = [.. System.Text.Encoding.UTF8.GetBytes(path), 0];
        if (MakeFifo(utf8Path, Convert.ToUInt32("644", 8)) != 0)
        {
            throw new IOException($"mkfifo {path} failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    // DllImport over a NUL-terminated UTF-8 path: LibraryImport's generated code would need unsafe blocks in the whole test
    // project, and a string parameter would need marshalling rules for a path libc reads as bytes anyway.
    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo(byte[] path, uint mode);
}
