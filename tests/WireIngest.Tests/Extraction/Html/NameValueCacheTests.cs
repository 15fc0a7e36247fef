using WireIngest.Core.Extraction.Html;

namespace WireIngest.Tests.Extraction.Html;

[TestFixture]
public sealed class NameValueCacheTests
{
    [Test]
    public void For_SameInstance_SameAnswers()
    {
        string value = new('c', 7);
        NameValueCache.For(value).Matched = 0b101;

        Assert.That(NameValueCache.For(value).Matched, Is.EqualTo(0b101UL));
    }

    [Test]
    public void For_EqualTextInAnotherInstance_AnswersOfItsOwn()
    {
        string value = new('d', 7);
        string copy = new('d', 7);
        NameValueCache.For(value).Known = 1;

        Assert.That(NameValueCache.For(copy).Known, Is.Zero);
    }

    [Test]
    public void For_MoreValuesThanItHolds_StartsOverEmptyAndKeepsTheNewest()
    {
        string[] values = [.. Enumerable.Range(0, NameValueCache.MaxEntries * 3).Select(i => $"v{i}")];
        foreach (string value in values)
        {
            NameValueCache.For(value).Known = 1;
        }

        // The newest is asked first: asking a forgotten one adds it, which may start the table over again.
        ulong newest = NameValueCache.For(values[^1]).Known;
        ulong oldest = NameValueCache.For(values[0]).Known;

        Assert.That((newest, oldest), Is.EqualTo((1UL, 0UL)));
    }
}
