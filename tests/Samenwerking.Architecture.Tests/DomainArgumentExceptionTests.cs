using System.Text.RegularExpressions;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Samenwerking.Architecture.Tests;

/// <summary>
/// Whatever a client can cause is a refusal of the catalogue (<c>Domain/Rules/Refusals.cs</c>), invalid input (400) or a
/// missing part (404), never an <see cref="ArgumentException"/>, which the API answers with a 500. The domain keeps
/// argument checks only where input cannot reach them; each one is listed here with what keeps input away. A new
/// <c>throw new ArgumentException</c> in the domain fails this test until it is either turned into a rule or listed with
/// its reason (and the reason is then true: <c>Hardening/GeneratedInputTests</c> fails on any 500 it can provoke).
/// </summary>
public sealed partial class DomainArgumentExceptionTests
{
    private static readonly Dictionary<string, string> ProgrammingErrors = new(StringComparer.Ordinal)
    {
        ["Collaboration.Start"] =
            "no founders: CreateCollaborationValidator (and the register import, row by row through it) requires participants",
        ["Collaboration.Rename"] =
            "name length: CollaborationDetailsRules checks the trimmed length against the same constants",
        ["Collaboration.AssignRole"] =
            "working group for the wrong role: AssignRoleValidator asks RoleFacts.WorkingGroupFitsKind, the same rule",
        ["Collaboration.CorrectRole"] =
            "working group for the wrong role: CorrectRoleValidator asks RoleFacts.WorkingGroupFitsKind, the same rule",
        ["Collaboration.CorrectDecision"] =
            "another municipality: CorrectDecisionHandler takes the municipality from the decision itself; the request cannot name one",
        ["Collaboration.RecordDevelopmentActivity"] =
            "recorded as cancelled: RecordDevelopmentActivityValidator allows only gepland or gehouden",
        ["Collaboration.EnsureFitting"] =
            "no title, or attendees that do not fit the status: DevelopmentActivityFields (recording and correcting) checks both with MunicipalAttendance.Fits",
        ["Collaboration.CorrectEvaluation"] =
            "another framework: CorrectEvaluationHandler passes the evaluation's own framework; the request cannot name one",
        ["Collaboration.HoldDevelopmentActivity"] =
            "attendees that do not add up: SetDevelopmentActivityStatusValidator checks them with MunicipalAttendance.Fits",
        ["Collaboration.Apply"] =
            "a herindeling change that is no collaboration's: only PlanHerindeling makes the steps Apply reads",
        ["Herindeling.Declare"] =
            "no ending municipality, or the successor among them: HerindelingDeclarationValidator refuses both",
        ["Collaboration.EnsureScoreSheetFits"] =
            "no evaluator: EvaluationFields (recording and correcting) requires one",
        ["Collaboration.ChangeEvaluationInterval"] =
            "interval outside 1-10: UpdateEvaluationScheduleValidator checks the same range",
        ["CriterionScore.Scored"] =
            "score outside 1-5: CriterionScoreInputValidator checks the same range",
        ["CriterionScore.Required"] =
            "empty or long explanation or reason: CriterionScoreInputValidator requires it within the same limit",
        ["EvaluationFramework.Describe"] =
            "name or description length: EvaluationFrameworkDetailsRules checks the same limits",
        ["EvaluationFramework.Checked"] =
            "invalid criteria: EvaluationFrameworkDetailsRules asks EvaluationFramework.CriteriaProblems and checks the lengths",
        ["Subscription.RotateSecret"] =
            "overlap outside zero to a week: RotateSubscriptionSecretValidator checks the same range (Subscription.MaxSecretOverlap)",
        ["LegalForm.KindOf"] =
            "an instrument outside the enum: every input is bound to the enum's declared values (IsInEnum, exact JSON values)",
        ["DecisionRules.BodiesFor"] =
            "a decision kind outside the enum: RecordDecisionValidator checks IsInEnum",
        ["MunicipalityCode.Parse"] =
            "only the reference data builds a Municipality: the shipped gemeenten.csv, or records ImportMunicipalityRecordsValidator checked the codes of",
        ["Delegation.Grant"] =
            "no changes, or an end not after the start: DelegationGrantRules (GrantDelegationValidator, RoleDelegationValidator) refuses both",
        ["Municipality..ctor"] =
            "only the reference data builds a Municipality: the shipped gemeenten.csv (a test loads the whole file), or records whose dates and " +
            "successor ImportMunicipalityRecordsValidator checked",
    };

    [Fact]
    public void Every_argument_exception_left_in_the_domain_is_a_listed_programming_error()
    {
        var found = ThrowingMethods();
        var unlisted = found.Except(ProgrammingErrors.Keys).Order(StringComparer.Ordinal).ToList();
        Assert.True(unlisted.Count == 0,
            "Input a client can send must become a refusal of the catalogue, a validation failure or a missing part, not an ArgumentException: " +
            string.Join(", ", unlisted));
    }

    [Fact]
    public void The_list_holds_no_argument_exception_that_is_gone()
    {
        var stale = ProgrammingErrors.Keys.Except(ThrowingMethods()).Order(StringComparer.Ordinal).ToList();
        Assert.True(stale.Count == 0, "No longer thrown, remove from the list: " + string.Join(", ", stale));
    }

    /// <summary>"Type.Method" of every domain method (lambdas counted to the method that holds them) that creates an ArgumentException.</summary>
    private static HashSet<string> ThrowingMethods()
    {
        var domain = ModuleDefinition.ReadModule(typeof(Domain.Collaborations.Collaboration).Assembly.Location);
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in domain.GetTypes())
        {
            foreach (var method in type.Methods.Where(m => m.HasBody))
            {
                if (method.Body.Instructions.Any(i => i.OpCode.Code == Code.Newobj && i.Operand is MethodReference ctor && IsArgumentException(ctor.DeclaringType)))
                {
                    found.Add($"{OuterType(type).Name}.{SourceMethodName(method)}");
                }
            }
        }

        return found;
    }

    private static bool IsArgumentException(TypeReference type)
    {
        for (var current = type.Resolve(); current is not null; current = current.BaseType?.Resolve())
        {
            if (current.FullName == typeof(ArgumentException).FullName)
            {
                return true;
            }
        }

        return false;
    }

    private static TypeDefinition OuterType(TypeDefinition type) => type.DeclaringType is { } outer ? OuterType(outer) : type;

    /// <summary>A compiler-generated lambda or local function (<c>&lt;Checked&gt;b__3_0</c>) is named after the method that holds it.</summary>
    private static string SourceMethodName(MethodDefinition method) =>
        CompilerGenerated().Match(method.Name) is { Success: true } match ? match.Groups[1].Value : method.Name;

    [GeneratedRegex("^<([^>]+)>")]
    private static partial Regex CompilerGenerated();
}
