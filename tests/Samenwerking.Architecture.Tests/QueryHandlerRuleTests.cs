using Mediator;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Samenwerking.Architecture.Tests;

/// <summary>
/// Commands load the aggregate, decide and save; queries never do: they project straight into what they
/// return. Checked on the compiled IL of every query handler and of every Application method it reaches
/// (async state machines and lambdas included), so an indirect load through a helper fails too.
/// </summary>
public sealed class QueryHandlerRuleTests
{
    private static readonly ModuleDefinition Application =
        ModuleDefinition.ReadModule(typeof(Application.Common.ApplicationAssembly).Assembly.Location);

    public static TheoryData<string> QueryHandlers()
    {
        var data = new TheoryData<string>();
        foreach (var type in typeof(Application.Common.ApplicationAssembly).Assembly.GetTypes()
                     .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IQueryHandler<,>)))
                     .OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Fact]
    public void The_eight_collaboration_reads_are_among_the_checked_handlers()
    {
        var names = QueryHandlers().Select(row => row.Data.Split('.')[^1]).ToHashSet();
        Assert.Superset(new HashSet<string>
        {
            "GetCollaborationHandler", "ListParticipantsHandler", "ListDecisionsHandler", "GetDecisionHandler",
            "ListRolesHandler", "ListPhaseTransitionsHandler", "GetPhasesHandler", "GetReadinessHandler",
        }, names);
    }

    [Theory]
    [MemberData(nameof(QueryHandlers))]
    public void A_query_handler_neither_loads_the_aggregate_nor_tracks(string handler)
    {
        var violations = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var type = Application.GetType(handler) ?? throw new InvalidOperationException($"{handler} not found in the module.");
        foreach (var method in MethodsOf(type))
        {
            Inspect(method, visited, violations, path: method.Name);
        }

        Assert.True(violations.Count == 0, $"{handler} must project, not load or track: {string.Join("; ", violations.Distinct())}");
    }

    private static IEnumerable<MethodDefinition> MethodsOf(TypeDefinition type) =>
        type.Methods.Concat(type.NestedTypes.SelectMany(MethodsOf));

    private static void Inspect(MethodDefinition method, HashSet<string> visited, List<string> violations, string path)
    {
        if (!method.HasBody || !visited.Add(method.FullName))
        {
            return;
        }

        foreach (var instruction in method.Body.Instructions.Where(i => i.OpCode.Code is Code.Call or Code.Callvirt or Code.Newobj or Code.Ldftn))
        {
            if (instruction.Operand is not MethodReference called)
            {
                continue;
            }

            if (Forbidden(called) is { } reason)
            {
                violations.Add($"{path} → {called.DeclaringType.Name}.{called.Name} ({reason})");
            }

            // Follow helpers inside Application (and the compiler's closures of them), one call chain at a time.
            if (called.DeclaringType.Scope.Name == Application.Name || called.Module == Application)
            {
                var resolved = called.Resolve();
                if (resolved?.Module == Application)
                {
                    Inspect(resolved, visited, violations, $"{path} → {resolved.DeclaringType.Name}.{resolved.Name}");
                    foreach (var nested in resolved.DeclaringType.NestedTypes.SelectMany(MethodsOf))
                    {
                        Inspect(nested, visited, violations, path);
                    }
                }
            }
        }
    }

    private static string? Forbidden(MethodReference called)
    {
        var declaring = called.DeclaringType.Name;
        var name = called.Name;
        return declaring switch
        {
            "CollaborationLoading" or "EvaluationFrameworkStore" when name.StartsWith("Load", StringComparison.Ordinal) =>
                "the aggregate loader is for commands",
            "EntityFrameworkQueryableExtensions" when name is "Include" or "ThenInclude" or "AsTracking" or "AsNoTrackingWithIdentityResolution" =>
                "loading entity graphs or tracking",
            "IApplicationDbContext" or "DbContext" when name is "SaveChangesAsync" or "SaveChanges" or "get_ChangeTracker" or "Attach" or "Entry" =>
                "a query changes nothing",
            _ when declaring.StartsWith("DbSet", StringComparison.Ordinal) && name is "Add" or "Attach" or "Update" or "Remove" or "Find" or "FindAsync" =>
                "a query changes nothing and never loads by key into the tracker",
            _ when MaterialisesTheAggregate(called) => "materialises the Collaboration aggregate instead of projecting",
            _ => null,
        };
    }

    /// <summary>Any LINQ/EF operator returning Collaboration objects into memory (First, ToList, ...), tracked or not.</summary>
    private static bool MaterialisesTheAggregate(MethodReference called) =>
        called is GenericInstanceMethod generic
        && called.DeclaringType.Name is "EntityFrameworkQueryableExtensions" or "Queryable" or "Enumerable"
        && called.Name is "FirstOrDefaultAsync" or "FirstAsync" or "SingleOrDefaultAsync" or "SingleAsync" or "ToListAsync" or "ToArrayAsync"
            or "LastOrDefaultAsync" or "FirstOrDefault" or "First" or "Single" or "SingleOrDefault" or "ToList" or "ToArray" or "AsAsyncEnumerable"
        && generic.GenericArguments.Any(a => a.FullName == "Samenwerking.Domain.Collaborations.Collaboration");
}
