namespace WireIngest.Tests.Sources.Http;

/// <summary>One request the <see cref="LocalWebServer"/> answered.</summary>
internal sealed record RecordedRequest(string Path, string IfNoneMatch, string UserAgent, int Status);
