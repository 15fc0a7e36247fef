using WireIngest.Core.Normalization;

namespace WireIngest.Tests.Normalization;

[TestFixture]
public sealed class LanguageGuesserTests
{
    [TestCase("Ukrainian Foreign Minister Andrii Sybiha has urged his NATO counterparts to issue an invitation at a meeting in Brussels next week.", "en")]
    [TestCase("Der ukrainische Außenminister hat die Nato-Partner aufgefordert, bei einem Treffen in Brüssel eine Einladung auszusprechen, die nicht mehr warten kann.", "de")]
    [TestCase("Le ministre ukrainien des Affaires étrangères a demandé aux alliés de l'Otan de lancer une invitation lors de la réunion qui se tiendra à Bruxelles.", "fr")]
    [TestCase("El ministro de Asuntos Exteriores de Ucrania pidió a los aliados de la OTAN que emitan una invitación para que el país se una a la alianza.", "es")]
    [TestCase("Il ministro degli Esteri ucraino ha chiesto agli alleati della Nato di inviare un invito durante la riunione che si terrà a Bruxelles.", "it")]
    [TestCase("O ministro das Relações Exteriores da Ucrânia pediu aos aliados da Otan que façam um convite para que o país se junte à aliança.", "pt")]
    [TestCase("De Oekraïense minister van Buitenlandse Zaken heeft de NAVO-partners gevraagd om een uitnodiging te doen, want het is niet meer te vroeg.", "nl")]
    [TestCase("Sveriges regering har beslutat att det inte är aktuellt med en ny utredning, och att frågan ska tas upp av riksdagen som en del av budgeten.", "sv")]
    [TestCase("Regeringen har besluttet, at det ikke er aktuelt med en ny undersøgelse, og at sagen blev udsat efter et møde med meget kritik af hvad der skete.", "da")]
    [TestCase("Regjeringen har bestemt at det ikke er aktuelt med en ny utredning, og at saken ble utsatt etter et møte med mye kritikk av hva som skjedde.", "no")]
    [TestCase("Ministr spraw zagranicznych Ukrainy zwrócił się do sojuszników z NATO, aby wystosowali zaproszenie, które nie jest jeszcze pewne, jak powiedział.", "pl")]
    [TestCase("ウクライナのシビハ外相は、北大西洋条約機構の加盟国に対し、来週ブリュッセルで開かれる会合で招待状を出すよう求めた。", "ja")]
    [TestCase("우크라이나 외무장관은 다음 주 브뤼셀에서 열리는 회의에서 나토 회원국들에게 가입 초청을 요청했다고 밝혔습니다.", "ko")]
    [TestCase("乌克兰外交部长西比哈敦促北约成员国在下周于布鲁塞尔举行的会议上向基辅发出加入该军事联盟的邀请。", "zh")]
    [TestCase("Министр иностранных дел Украины призвал союзников по НАТО направить приглашение на встрече в Брюсселе на следующей неделе.", "ru")]
    [TestCase("Міністр закордонних справ України закликав союзників по НАТО надіслати запрошення на зустрічі в Брюсселі наступного тижня.", "uk")]
    [TestCase("دعا وزير الخارجية الأوكراني حلفاء حلف شمال الأطلسي إلى توجيه دعوة لانضمام بلاده خلال اجتماع في بروكسل الأسبوع المقبل.", "ar")]
    [TestCase("Ο Ουκρανός υπουργός Εξωτερικών κάλεσε τους συμμάχους του ΝΑΤΟ να απευθύνουν πρόσκληση στη σύνοδο των Βρυξελλών.", "el")]
    [TestCase("שר החוץ האוקראיני קרא לבעלות הברית בנאט\"ו להוציא הזמנה בפגישה בבריסל בשבוע הבא.", "he")]
    [TestCase("รัฐมนตรีว่าการกระทรวงการต่างประเทศยูเครนเรียกร้องให้นาโต้ส่งคำเชิญเข้าร่วมพันธมิตร", "th")]
    public void Guess_Text_ReturnsLanguage(string text, string expected)
    {
        Assert.That(LanguageGuesser.Guess(text), Is.EqualTo(expected));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("NATO 2024")]
    [TestCase("Kyiv")]
    [TestCase("1234567890 1234567890 1234567890 !!!")]
    public void Guess_TooLittleText_ReturnsNull(string text)
    {
        Assert.That(LanguageGuesser.Guess(text), Is.Null);
    }

    [Test]
    public void Guess_LongText_DecidesOnItsOpening()
    {
        string english = string.Concat(Enumerable.Repeat("The minister said that the plan was on track and it would be ready by the end of the year. ", 60));
        string german = string.Concat(Enumerable.Repeat("Der Minister sagte, dass der Plan nicht auf dem Weg sei und die Regierung es auch nicht wird. ", 200));

        Assert.Multiple(() =>
        {
            Assert.That(english.Length, Is.GreaterThan(LanguageGuesser.SampleLength));
            Assert.That(LanguageGuesser.Guess(english + german), Is.EqualTo("en"));
            Assert.That(LanguageGuesser.Guess(german), Is.EqualTo("de"));
        });
    }
}
