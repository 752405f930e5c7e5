using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Collaborations.Register;
using Samenwerking.Domain.Common;
using static Samenwerking.Domain.Tests.Collaborations.DomainFixtures;

namespace Samenwerking.Domain.Tests.Register;

public sealed class RegisterEntryTests
{
    private static readonly LegalForm OpenbaarLichaam = new(LegalKind.Publiekrechtelijk, LegalInstrument.OpenbaarLichaam);
    private static readonly LegalForm Centrumregeling = new(LegalKind.Publiekrechtelijk, LegalInstrument.Centrumgemeente);

    [Fact]
    public void An_operating_openbaar_lichaam_needs_title_purpose_date_publication_and_seat()
    {
        var fields = RegisterEntry.Empty.GapsOnceOperating(OpenbaarLichaam).Select(g => g.Field);
        Assert.Equal(["citationTitle", "purpose", "inForceSince", "publicationUrl", "seat"], fields);
    }

    [Fact]
    public void A_centrumregeling_needs_a_bronhouder_instead_of_a_seat()
    {
        var fields = RegisterEntry.Empty.GapsOnceOperating(Centrumregeling).Select(g => g.Field);
        Assert.Equal(["citationTitle", "purpose", "inForceSince", "publicationUrl", "bronhouder"], fields);
    }

    [Fact]
    public void A_private_law_collaboration_is_no_regeling_and_needs_nothing()
    {
        Assert.Empty(RegisterEntry.Empty.GapsOnceOperating(new LegalForm(LegalKind.Privaatrechtelijk, LegalInstrument.Stichting)));
    }

    [Fact]
    public void What_can_never_hold_is_refused_in_any_phase()
    {
        var entry = CompleteRegister with
        {
            Bronhouder = "GM0363",
            PublicationUrl = "https://example.com/regeling",
            InForceSince = Today.AddDays(1),
            Powers = [new Power("Belastingen", PowerTransfer.Delegatie), new Power("belastingen", PowerTransfer.Mandaat)],
        };

        var problems = entry.Problems(Centrumregeling, ["GM0489"], Today).Select(p => p.Code);

        Assert.Equal([RegisterProblemCode.SeatWithoutBody, RegisterProblemCode.BronhouderNotParticipating, RegisterProblemCode.PublicationNotOfficial,
            RegisterProblemCode.InForceInFuture, RegisterProblemCode.DuplicatePower], problems);
    }

    [Fact]
    public void The_aggregate_refuses_an_invalid_entry_and_an_operating_one_that_loses_what_is_required()
    {
        Assert.Throws<InvalidRegisterEntryException>(() => InVerkenning(AllDecided).Edit("BAR-organisatie", null, AllDecided, ByAdviser, CompleteRegister with { Bronhouder = "GM0489" }));

        var operating = Collaboration.Register("BUCH", null, AllDecided, [Joins(Barendrecht), Joins(Albrandswaard)], Phase.Doorontwikkeling,
            new DateOnly(2017, 1, 1), ByAdviser, CompleteRegister);
        var refusal = Assert.Throws<DomainRuleViolationException>(() => operating.Edit("BUCH", null, AllDecided, ByAdviser, RegisterEntry.Empty));
        Assert.Equal("register-entry-incomplete", refusal.ProblemType);
    }
}
