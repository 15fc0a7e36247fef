namespace WireIngest.Core.Extraction.Html;

/// <summary>One alternative of an indexed selector list and the bit of the selector (target) it answers for.</summary>
internal readonly record struct IndexedAlternative(SelectorAlternative Alternative, ulong Target);
