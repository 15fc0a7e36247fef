namespace WireIngest.Tests.TestSupport;

/// <summary>The seed story's body paragraphs as the contract expects them (no-break space normalised), shared by the normaliser and writer tests.</summary>
internal static class SeedText
{
    public static readonly string[] Paragraphs =
    [
        "Ukrainian Foreign Minister Andrii Sybiha has urged his NATO counterparts to issue an invitation at a meeting in Brussels next week to Kyiv to join the Western military alliance, according to the text of a letter seen by Reuters on Friday.",
        "The letter reflects Ukraine's renewed push to secure an invitation to join NATO, which is part of a \"victory plan\" outlined last month by President Volodymyr Zelenskyy to end the war triggered by Russia's 2022 invasion.",
        "Ukraine says it accepts that it cannot join the alliance until the war is over but extending an invitation now would show Russian President Vladimir Putin that he could not achieve one of his main goals - preventing Kyiv from becoming a NATO member.",
        "\"The invitation should not be seen as an escalation,\" Sybiha wrote in the letter.",
        "\"On the contrary, with a clear understanding that Ukraine's membership in NATO is inevitable, Russia will lose one of its main arguments for continuing this unjustified war,\" he wrote.",
        "\"I urge you to endorse the decision to invite Ukraine to join the Alliance as one of the outcomes of the NATO Foreign Ministerial Meeting on 3-4 December 2024.\"",
        "NATO diplomats say there is no consensus among alliance members to invite Ukraine at this stage. Any such decision would require the consent of all NATO's 32 member countries.",
        "NATO has declared that Ukraine will join the alliance and that it is on an \"irreversible\" path to membership. But it has not issued a formal invitation or set out a timeline.",
        "Olga Stefanishyna, Ukraine's deputy prime minister in charge of NATO affairs, said Kyiv understood that the consensus for an invitation to join NATO \"is not yet there\" but the letter was meant to send a strong political signal.",
        "\"We have sent a message to the allies that invitation is not off of the table, regardless of different manipulations and speculations around that,\" she told Reuters.",
        "In his letter, Sybiha argued an invitation would be the right response \"to Russia's constant escalation of the war it has unleashed, the latest demonstration of which is the involvement of tens of thousands of North Korean troops and the use of Ukraine as a testing ground for new weapons\".",
        "In recent days, however, diplomats have said they do not see any changes of stance among NATO countries, particularly as they await the Ukraine policy of the United States - the alliance's dominant power - under the incoming administration of President-elect Donald Trump.",
    ];
}
