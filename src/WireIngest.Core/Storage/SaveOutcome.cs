namespace WireIngest.Core.Storage;

/// <summary>What <see cref="IArticleStore.SaveAsync"/> did with an item.</summary>
public enum SaveOutcome
{
    /// <summary>A story not seen before: version 1 and its message were stored.</summary>
    New,

    /// <summary>A new content of a known story: version n+1 and its message were stored.</summary>
    Updated,

    /// <summary>Same content as the current version: nothing stored, nothing emitted.</summary>
    Duplicate,

    /// <summary>Older (provider <c>versionCreated</c>) than the current version: recorded, nothing emitted.</summary>
    Stale,
}
