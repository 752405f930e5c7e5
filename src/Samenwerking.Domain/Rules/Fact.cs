namespace Samenwerking.Domain.Rules;

/// <summary>
/// One fact a refusal reports, declared once in its catalogue entry: the extension member's name, what kind of
/// value it holds, whether it may be null, and whether every occurrence sends it. The contract's problem schemas
/// are generated from these declarations, and <see cref="Refusal.Because"/> refuses to throw with facts that do
/// not match them, so the schema cannot promise what the server does not send.
/// </summary>
public sealed record Fact(string Name, Fact.FactType Type, bool Nullable = false, bool Always = true)
{
    public static Fact Phase(string name, bool nullable = false) => new(name, FactType.Phase, nullable);

    public static Fact Date(string name) => new(name, FactType.Date);

    public static Fact Id(string name, bool always = true) => new(name, FactType.Id, Always: always);

    public static Fact ResourceName(string name, bool always = true) => new(name, FactType.Name, Always: always);

    public static Fact MunicipalityCode(string name) => new(name, FactType.MunicipalityCode);

    public static Fact MunicipalityCodes(string name) => new(name, FactType.MunicipalityCodes);

    public static Fact RegisterFields(string name) => new(name, FactType.RegisterFields);

    public static Fact UnmetRules(string name) => new(name, FactType.UnmetRules);

    public static Fact Cursor(string name) => new(name, FactType.Cursor);

    public static Fact DelegatedChange(string name) => new(name, FactType.DelegatedChange);

    public static Fact DelegatedChanges(string name) => new(name, FactType.DelegatedChanges);

    /// <summary>Whether <paramref name="value"/> is what this fact declares.</summary>
    public bool Fits(object? value) => value is null
        ? Nullable
        : Type switch
        {
            FactType.Phase => value is Collaborations.Phase,
            FactType.Date => value is DateOnly,
            FactType.Id => value is Guid,
            FactType.Name or FactType.MunicipalityCode or FactType.Cursor => value is string,
            FactType.MunicipalityCodes or FactType.RegisterFields => value is IEnumerable<string>,
            FactType.DelegatedChange => value is Delegations.DelegatedChange,
            FactType.DelegatedChanges => value is IEnumerable<Delegations.DelegatedChange>,
            FactType.UnmetRules => value is IEnumerable<Phases.RuleCheck> checks && checks.All(c => !c.Met),
            _ => false,
        };

    /// <summary>
    /// The kinds of value a refusal's fact can hold; each has one schema in the contract. Nested: it is no domain
    /// vocabulary, so it stays out of <c>/vocabularies</c>.
    /// </summary>
    public enum FactType
    {
        /// <summary>A phase (<c>verkenning</c> …).</summary>
        Phase,

        /// <summary>A calendar date.</summary>
        Date,

        /// <summary>The identifier of a resource.</summary>
        Id,

        /// <summary>A name as the user gave it.</summary>
        Name,

        /// <summary>A CBS municipality code (<c>GM0363</c>).</summary>
        MunicipalityCode,

        /// <summary>A list of CBS municipality codes.</summary>
        MunicipalityCodes,

        /// <summary>A list of register field names (<c>citationTitle</c> …).</summary>
        RegisterFields,

        /// <summary>The exit rules that do not hold, each with its code, detail, missing decisions and prerequisites.</summary>
        UnmetRules,

        /// <summary>A position in the change feed, as its cursor (<c>5123-88</c>).</summary>
        Cursor,

        /// <summary>A kind of change a delegation may cover (<c>roles</c> …).</summary>
        DelegatedChange,

        /// <summary>A list of kinds of change a delegation covers.</summary>
        DelegatedChanges,
    }
}
