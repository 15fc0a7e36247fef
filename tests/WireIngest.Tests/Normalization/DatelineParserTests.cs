using WireIngest.Core.Model;
using WireIngest.Core.Normalization;

namespace WireIngest.Tests.Normalization;

[TestFixture]
public sealed class DatelineParserTests
{
    private static readonly DateTimeOffset Nov2024 = new(2024, 11, 29, 14, 0, 0, TimeSpan.Zero);

    [TestCase("BRUSSELS/KYIV, Nov 29 (Reuters) - Ukraine has asked", "BRUSSELS/KYIV, Nov 29 (Reuters)", "Brussels|Kyiv", "2024-11-29", "Reuters", "Ukraine has asked")]
    [TestCase("DONETSK, Ukraine/MOSCOW, June 2 (Reuters) - Rebels said", "DONETSK, Ukraine/MOSCOW, June 2 (Reuters)", "Donetsk, Ukraine|Moscow", "2024-06-02", "Reuters", "Rebels said")]
    [TestCase("GENEVA, Sept 5 (Reuters) - The U.N. said", "GENEVA, Sept 5 (Reuters)", "Geneva", "2024-09-05", "Reuters", "The U.N. said")]
    [TestCase("Jan 30 (Reuters) - Oil prices rose", "Jan 30 (Reuters)", "", "2024-01-30", "Reuters", "Oil prices rose")]
    [TestCase("TOKYO (Reuters) - Japan's economy", "TOKYO (Reuters)", "Tokyo", null, "Reuters", "Japan's economy")]
    [TestCase("LONDON (Reuters) – Britain said", "LONDON (Reuters)", "London", null, "Reuters", "Britain said")]
    [TestCase("LONDON (Reuters) -The pound fell", "LONDON (Reuters)", "London", null, "Reuters", "The pound fell")]
    [TestCase("ATLANTA (AP) _ Georgia lawmakers", "ATLANTA (AP)", "Atlanta", null, "AP", "Georgia lawmakers")]
    [TestCase("NEW YORK (AP) — Stocks fell", "NEW YORK (AP)", "New York", null, "AP", "Stocks fell")]
    [TestCase("FORT WASHINGTON, Pa. (AP) _ A man", "FORT WASHINGTON, Pa. (AP)", "Fort Washington, Pa.", null, "AP", "A man")]
    [TestCase("NEAR ANDRIIVKA, Ukraine (Reuters) - Soldiers", "NEAR ANDRIIVKA, Ukraine (Reuters)", "Near Andriivka, Ukraine", null, "Reuters", "Soldiers")]
    [TestCase("UKRAINIAN-RUSSIAN FRONTIER (Reuters) - Refugees", "UKRAINIAN-RUSSIAN FRONTIER (Reuters)", "Ukrainian-Russian Frontier", null, "Reuters", "Refugees")]
    [TestCase("LONDON (Reuters Breakingviews) - Banks", "LONDON (Reuters Breakingviews)", "London", null, "Reuters", "Banks")]
    [TestCase("STOCKHOLM, Aug 29, 2014 (AFP) - Sweden", "STOCKHOLM, Aug 29, 2014 (AFP)", "Stockholm", "2014-08-29", "AFP", "Sweden")]
    [TestCase("Aden (AFP) - Yemen's government", "Aden (AFP)", "Aden", null, "AFP", "Yemen's government")]
    [TestCase("Strasbourg, 10 juil 2024 (AFP) - Le Parlement", "Strasbourg, 10 juil 2024 (AFP)", "Strasbourg", "2024-07-10", "AFP", "Le Parlement")]
    [TestCase("WASHINGTON, March 3 - The Senate voted", "WASHINGTON, March 3", "Washington", "2024-03-03", null, "The Senate voted")]
    [TestCase("RIO DE JANEIRO, Jan. 5 (AP) — Brazil", "RIO DE JANEIRO, Jan. 5 (AP)", "Rio de Janeiro", "2024-01-05", "AP", "Brazil")]
    [TestCase("WASHINGTON, D.C. (dpa) - US officials", "WASHINGTON, D.C. (dpa)", "Washington, D.C.", null, "dpa", "US officials")]
    [TestCase("SYDNEY March 22 AAP - Australia's", "SYDNEY March 22 AAP", "Sydney", "2024-03-22", "AAP", "Australia's")]
    [TestCase("SEOUL, Nov 26 AFP - Samsung has", "SEOUL, Nov 26 AFP", "Seoul", "2024-11-26", "AFP", "Samsung has")]
    [TestCase("(ANSA) - ROME, JUL 11 - Russian energy", "(ANSA) - ROME, JUL 11", "Rome", "2024-07-11", "ANSA", "Russian energy")]
    [TestCase("(ANSA) - Rome, October 11 - Italian Foreign Minister", "(ANSA) - Rome, October 11", "Rome", "2024-10-11", "ANSA", "Italian Foreign Minister")]
    [TestCase("Nueva Delhi, 21 ene (EFE).- Una pareja", "Nueva Delhi, 21 ene (EFE)", "Nueva Delhi", "2024-01-21", "EFE", "Una pareja")]
    [TestCase("København /ritzau/: En mand", "København /ritzau/", "København", null, "Ritzau", "En mand")]
    [TestCase("KIEV/DONETSK/MOSCOW (Reuters) - Fighting", "KIEV/DONETSK/MOSCOW (Reuters)", "Kiev|Donetsk|Moscow", null, "Reuters", "Fighting")]
    [TestCase("Berlin (dpa) - Die Regierung", "Berlin (dpa)", "Berlin", null, "dpa", "Die Regierung")]
    [TestCase("SAITAMA, Japan, Dec. 9 Kyodo - Urawa Reds claimed", "SAITAMA, Japan, Dec. 9 Kyodo", "Saitama, Japan", "2024-12-09", "Kyodo", "Urawa Reds claimed")]
    public void TryParseLead_WireDateline_ReadsPartsAndLead(string paragraph, string raw, string places, string? date, string? agency, string rest)
    {
        bool found = DatelineParser.TryParseLead(paragraph, Nov2024, out Dateline? dateline, out int leadLength);

        Assert.That(found, Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(dateline!.Raw, Is.EqualTo(raw));
            Assert.That(dateline.Places, Is.EqualTo(places.Length == 0 ? [] : places.Split('|')));
            Assert.That(dateline.Date, Is.EqualTo(date));
            Assert.That(dateline.Agency, Is.EqualTo(agency));
            Assert.That(paragraph[leadLength..], Is.EqualTo(rest));
        });
    }

    [TestCase("Ukrainian Foreign Minister Andrii Sybiha has urged his NATO counterparts to act.")]
    [TestCase("Washington, March 3 - a date the senator will not forget.")]
    [TestCase("The minister said (Reuters) - that he would resign.")]
    [TestCase("(Adds comments, detail) - The company said")]
    [TestCase("Apple Inc (AAPL.O) - shares rose")]
    [TestCase("Sales rose 5% in March - the best month in years.")]
    [TestCase("LONDON March 3 BBC - The broadcaster said")]
    [TestCase("Jan 30 (Gracenote) - Results and standings")]
    [TestCase("NATO - the Western alliance - said on Friday it would meet.")]
    [TestCase("")]
    public void TryParseLead_OrdinarySentence_IsNotADateline(string paragraph)
    {
        Assert.That(DatelineParser.TryParseLead(paragraph, Nov2024, out _, out _), Is.False);
    }

    [TestCase("WASHINGTON — The Senate voted", "WASHINGTON", "Washington", "The Senate voted")]
    [TestCase("AUBURN, Wash. —  After a series of jobs", "AUBURN, Wash.", "Auburn, Wash.", "After a series of jobs")]
    [TestCase("AUBURN, Wash. —", "AUBURN, Wash.", "Auburn, Wash.", "")]
    [TestCase("BUFFALO, N.Y. — Hours before", "BUFFALO, N.Y.", "Buffalo, N.Y.", "Hours before")]
    [TestCase("DUBAI, United Arab Emirates — Dubai's carrier", "DUBAI, United Arab Emirates", "Dubai, United Arab Emirates", "Dubai's carrier")]
    [TestCase("KHAN YOUNIS, GAZA — The Israeli assault", "KHAN YOUNIS, GAZA", "Khan Younis, Gaza", "The Israeli assault")]
    [TestCase("BERLIN -- The European Space Agency", "BERLIN", "Berlin", "The European Space Agency")]
    [TestCase("LONDON - Britain said", "LONDON", "London", "Britain said")]
    [TestCase("ST. LOUIS – \"We won,\" he said", "ST. LOUIS", "St. Louis", "\"We won,\" he said")]
    [TestCase("KIEV/MOSCOW — Talks resumed", "KIEV/MOSCOW", "Kiev|Moscow", "Talks resumed")]
    [TestCase("WASHINGTON (CNN) — Not everyone subscribes", "WASHINGTON (CNN)", "Washington", "Not everyone subscribes")]
    [TestCase("ST. LOUIS, MO (KTVI) – Amid grief", "ST. LOUIS, MO (KTVI)", "St. Louis, MO", "Amid grief")]
    [TestCase("NAPA COUNTY, Calif. (KGO) -- A plan", "NAPA COUNTY, Calif. (KGO)", "Napa County, Calif.", "A plan")]
    public void TryParseLead_PlaceOnlyLead_ReadsPlaces(string paragraph, string raw, string places, string rest)
    {
        bool found = DatelineParser.TryParseLead(paragraph, Nov2024, out Dateline? dateline, out int leadLength);

        Assert.That(found, Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(dateline!.Raw, Is.EqualTo(raw));
            Assert.That(dateline.Places, Is.EqualTo(places.Split('|')));
            Assert.That(dateline.Date, Is.Null);
            Assert.That(dateline.Agency, Is.Null);
            Assert.That(paragraph[leadLength..], Is.EqualTo(rest));
        });
    }

    [TestCase("BREAKING — The Senate voted")]
    [TestCase("FILE - A man walks past the bank")]
    [TestCase("EDITOR'S NOTE — This story contains")]
    [TestCase("LIVE UPDATES — Follow the vote")]
    [TestCase("REUTERS - The agency said")]
    [TestCase("CNN — Winning the presidency didn't change him")]
    [TestCase("BBC NEWS — The broadcaster said")]
    [TestCase("WASHINGTON — the senator said")]
    [TestCase("Washington — The Senate voted")]
    [TestCase("WASHINGTON—The Senate voted")]
    [TestCase("A — The first option")]
    [TestCase("NATO - the Western alliance - said")]
    [TestCase("THE WHITE HOUSE SAID ON MONDAY THAT IT — Was")]
    [TestCase("Washington (CNN) — Not everyone")]
    [TestCase("WASHINGTON (CNN) Not everyone")]
    [TestCase("Apple Inc (AAPL) - shares rose")]
    [TestCase("(CNN)President Donald Trump made a trip")]
    public void TryParseLead_LabelOrNoSentenceAfterDash_IsNotAPlaceOnlyDateline(string paragraph)
    {
        Assert.That(DatelineParser.TryParseLead(paragraph, Nov2024, out _, out _), Is.False);
    }

    [TestCase("2025-01-01T08:00:00Z", "Dec 31", "2024-12-31")]
    [TestCase("2024-12-31T22:00:00Z", "Jan 1", "2025-01-01")]
    [TestCase("2024-06-15T08:00:00Z", "June 14", "2024-06-14")]
    public void TryParseLead_NoYear_TakesYearNearestItemDate(string itemDate, string monthDay, string expected)
    {
        DatelineParser.TryParseLead($"PARIS, {monthDay} (Reuters) - Text", DateTimeOffset.Parse(itemDate, System.Globalization.CultureInfo.InvariantCulture), out Dateline? dateline, out _);

        Assert.That(dateline?.Date, Is.EqualTo(expected));
    }

    [Test]
    public void TryParseLead_NoYearNoItemDate_DateIsNull()
    {
        DatelineParser.TryParseLead("PARIS, Nov 29 (Reuters) - Text", null, out Dateline? dateline, out _);

        Assert.Multiple(() =>
        {
            Assert.That(dateline, Is.Not.Null);
            Assert.That(dateline!.Date, Is.Null);
        });
    }

    [TestCase("NEW YORK", "New York", null, null)]
    [TestCase("WASHINGTON, Jan. 5", "Washington", "2024-01-05", null)]
    [TestCase("SEOUL, South Korea (AP)", "Seoul, South Korea", null, "AP")]
    [TestCase("MOSCOW, Monday (Reuters)", "Moscow", null, "Reuters")]
    [TestCase("ATLANTA (AP) _", "Atlanta", null, "AP")]
    [TestCase("SYDNEY March 22 AAP", "Sydney", "2024-03-22", "AAP")]
    public void Parse_StandaloneDateline_ReadsParts(string raw, string place, string? date, string? agency)
    {
        Dateline? dateline = DatelineParser.Parse(raw, Nov2024);

        Assert.That(dateline, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(dateline!.Places, Is.EqualTo(new[] { place }));
            Assert.That(dateline.Date, Is.EqualTo(date));
            Assert.That(dateline.Agency, Is.EqualTo(agency));
            Assert.That(dateline.Raw, Is.EqualTo(raw.TrimEnd('_', ' ')));
        });
    }

    [TestCase("ANSA - ROMA, 01 LUG -", "ANSA - ROMA, 01 LUG", "Roma", "2024-07-01", "ANSA")]
    [TestCase("ANSA - Rome, October 11 -", "ANSA - Rome, October 11", "Rome", "2024-10-11", "ANSA")]
    [TestCase("Agenzia ANSA – MILANO", "Agenzia ANSA – MILANO", "Milano", null, "ANSA")]
    public void Parse_AgencyFirstDateline_ReadsPartsAndKeepsText(string raw, string expectedRaw, string place, string? date, string agency)
    {
        Dateline? dateline = DatelineParser.Parse(raw, Nov2024);

        Assert.That(dateline, Is.EqualTo(new Dateline(expectedRaw, [place], date, agency)).Using<Dateline>(SameDateline));
    }

    [TestCase("PARIS - LONDON")]
    [TestCase("Results - standings")]
    public void Parse_DashWithoutAgencyFirst_IsNotAgencyFirst(string raw)
    {
        Assert.That(DatelineParser.Parse(raw, Nov2024)?.Agency, Is.Null);
    }

    [TestCase("")]
    [TestCase("  ")]
    [TestCase("2014-07-16 15:53:10 GMT+00:00")]
    [TestCase("20190121T103600+0000")]
    public void Parse_BlankOrTimestamp_ReturnsNull(string raw)
    {
        Assert.That(DatelineParser.Parse(raw, null), Is.Null);
    }

    private static bool SameDateline(Dateline a, Dateline b) =>
        a.Raw == b.Raw && a.Places.SequenceEqual(b.Places) && a.Date == b.Date && a.Agency == b.Agency;

    [TestCase("WASHINGTON, March 3 - The president said", true)]
    [TestCase("SYDNEY March 22 AAP\u00A0.\u2014 Rates rose", true)]
    [TestCase("NEW YORK (AP) — Stocks fell", false)]
    [TestCase("The minister - who spoke on Monday 3 March - said", true)]
    [TestCase("No dash at all, March 3", false)]
    public void MayStartUnsourced_Text_FindsSpaceBeforeADashBeforeAnyBracket(string text, bool expected)
    {
        Assert.That(DatelineParser.MayStartUnsourced(text), Is.EqualTo(expected));
    }

    // Leads assembled at random from places, dates, agencies, brackets, dashes and spaces: wherever the regex matches, the cheap
    // condition that lets it run holds.
    [Test]
    public void MayStartUnsourced_RandomLeads_HoldsWhereverTheRegexMatches()
    {
        string[][] slots =
        [
            ["WASHINGTON", "Saitama, Japan", "NEW (YORK", "x", "Rome)"],
            [",", ", ", " ", "  ", "\u00A0", "\n", "("],
            ["March 3", "Dec. 9", "3 mär", "Monday", "22nd", "March 3, 2024", "3 (March"],
            ["", " AAP", " Kyodo", "\t", " (Reuters)"],
            [" ", "\u2003", "\n ", "", " ."],
            ["-", "--", "\u2013", "\u2014", ".", "("],
            ["", " The president said", "said (AP) -"],
        ];
        AssertHoldsWhereverMatches(slots, seed: 20261128, DatelineParser.UnsourcedLeadMatches, t => DatelineParser.MayStartUnsourced(t), minMatches: 100);
    }

    [TestCase("BRUSSELS/KYIV, Nov 29 (Reuters) - NATO said", true)]
    [TestCase("(EFE).- Madrid", true)]
    [TestCase("Copenhagen /ritzau/ Said", true)]
    [TestCase("No bracket or slash at all", false)]
    [TestCase("Closing) (Reuters) -", false)]
    [TestCase("A head far longer than any dateline's place and date, which is what a story's opening sentence is, long before it ever mentions a source (Reuters)", false)]
    public void MayStartSourced_Text_FindsTheSourceBracketSoonEnough(string text, bool expected)
    {
        Assert.That(DatelineParser.MayStartSourced(text), Is.EqualTo(expected));
    }

    // Leads assembled at random from heads of every length, brackets, slashes, line breaks and white space: wherever the
    // regex matches, the cheap condition that lets it run holds.
    [Test]
    public void MayStartSourced_RandomLeads_HoldsWhereverTheRegexMatches()
    {
        string[][] slots =
        [
            ["", "BRUSSELS/KYIV, Nov 29", "x", new string('a', 110), new string('b', 119), new string('c', 121), "Rome)", "a\nb"],
            ["", " ", "  ", "\u00A0", "\n", "\u3000 ", new string(' ', 30)],
            ["(Reuters)", "(AP", "/ritzau/", "/x/", ")", "(", "/", ""],
            ["", " -", ".-", " \u2014", ":", " said"],
        ];
        AssertHoldsWhereverMatches(slots, seed: 20261129, DatelineParser.SourcedLeadMatches, t => DatelineParser.MayStartSourced(t), minMatches: 1000);
    }

    // 20,000 leads, one piece drawn from each slot: wherever the regex matches, the cheap condition guarding it holds, and
    // the draw matched often enough for that to say something.
    private static void AssertHoldsWhereverMatches(string[][] slots, int seed, Func<string, bool> regexMatches, Func<string, bool> condition, int minMatches)
    {
        var random = new Random(seed);
        int matched = 0;
        for (int i = 0; i < 20000; i++)
        {
            string text = string.Concat(slots.Select(slot => slot[random.Next(slot.Length)]));
            if (regexMatches(text))
            {
                matched++;
                Assert.That(condition(text), Is.True, text);
            }
        }

        Assert.That(matched, Is.GreaterThan(minMatches));
    }
}
