namespace WireIngest.Hosting;

/// <summary>How log events reach the console.</summary>
internal enum LogConsoleFormat
{
    /// <summary>Readable lines on stdout: the worker on a terminal.</summary>
    Text,

    /// <summary>Compact JSON on stdout, one event per line: the worker in a container or under a supervisor.</summary>
    Json,

    /// <summary>Readable lines on stderr: the verb prints data on stdout.</summary>
    Stderr,
}
