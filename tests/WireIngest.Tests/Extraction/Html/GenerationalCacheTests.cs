using WireIngest.Core.Extraction.Html;

namespace WireIngest.Tests.Extraction.Html;

[TestFixture]
public sealed class GenerationalCacheTests
{
    [Test]
    public void TryGetValue_EntryUsedInEveryGeneration_SurvivesRotations()
    {
        var cache = new GenerationalCache<string, int>(4);
        cache.Add("site-wide", 1);
        for (int i = 0; i < 100; i++)
        {
            Assert.That(cache.TryGetValue("site-wide", out int value), Is.True, $"after {i} one-off entries");
            Assert.That(value, Is.EqualTo(1));
            cache.Add($"one-off-{i}", i);
        }
    }

    [Test]
    public void TryGetValue_EntryNotUsedForTwoGenerations_IsForgotten()
    {
        var cache = new GenerationalCache<string, int>(4);
        cache.Add("old", 1);
        for (int i = 0; i < 8; i++)
        {
            cache.Add($"new-{i}", i);
        }

        Assert.That(cache.TryGetValue("old", out _), Is.False);
        Assert.That(cache.TryGetValue("new-7", out int value), Is.True);
        Assert.That(value, Is.EqualTo(7));
    }

    [TestCase(1)]
    [TestCase(16)]
    public void Count_ManyDistinctEntries_StaysWithinTwoGenerations(int capacity)
    {
        var cache = new GenerationalCache<int, int>(capacity);
        for (int i = 0; i < 10_000; i++)
        {
            cache.Add(i, i);
            Assert.That(cache.Count, Is.LessThanOrEqualTo(2 * capacity));
        }
    }

    [Test]
    public void TryGetValue_KeyComparer_IsUsed()
    {
        var cache = new GenerationalCache<string, int>(4, StringComparer.OrdinalIgnoreCase);
        cache.Add("Share", 3);

        Assert.That(cache.TryGetValue("SHARE", out int value), Is.True);
        Assert.That(value, Is.EqualTo(3));
    }
}
