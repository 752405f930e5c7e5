using Mediator;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Samenwerking.Architecture.Tests;

/// <summary>
/// Commands load the aggregate, decide and save; queries never do: they project straight into what they
/// return. Checked on the compiled IL of every query handler and of every Application method it reaches
/// (async state machines and lambdas included), so an indirect load through a helper fails too; and on the
/// readers in Infrastructure that a query hands its statement to (get by id, the register export).
/// </summary>
public sealed class QueryHandlerRuleTests
{
    private static readonly ModuleDefinition Application =
        ModuleDefinition.ReadModule(typeof(Application.Common.ApplicationAssembly).Assembly.Location);

    private static readonly System.Reflection.Assembly InfrastructureAssembly = typeof(Infrastructure.DependencyInjection).Assembly;

    private static readonly ModuleDefinition Infrastructure = ModuleDefinition.ReadModule(InfrastructureAssembly.Location);

    /// <summary>Infrastructure's implementations of the Application's reader interfaces (<c>I…Reader</c>).</summary>
    public static TheoryData<string> Readers()
    {
        var data = new TheoryData<string>();
        foreach (var type in InfrastructureAssembly.GetTypes()
                     .Where(t => t.GetInterfaces().Any(i => i.Assembly == typeof(Application.Common.ApplicationAssembly).Assembly
                                                            && i.Name.StartsWith('I') && i.Name.EndsWith("Reader", StringComparison.Ordinal)))
                     .OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(type.FullName!);
        }

        return data;
    }

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
    public void A_query_handler_neither_loads_the_aggregate_nor_tracks(string handler) => AssertProjects(Application, handler);

    [Fact]
    public void Get_by_id_and_the_register_export_are_among_the_checked_readers()
    {
        var names = Readers().Select(row => row.Data.Split('.')[^1]).ToHashSet();
        Assert.Superset(new HashSet<string> { "CollaborationDetailsReader", "RegisterExportReader" }, names);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void A_reader_neither_loads_the_aggregate_nor_tracks(string reader) => AssertProjects(Infrastructure, reader);

    private static void AssertProjects(ModuleDefinition module, string typeName)
    {
        var violations = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var type = module.GetType(typeName) ?? throw new InvalidOperationException($"{typeName} not found in the module.");
        foreach (var method in MethodsOf(type))
        {
            Inspect(module, method, visited, violations, path: method.Name);
        }

        Assert.True(violations.Count == 0, $"{typeName} must project, not load or track: {string.Join("; ", violations.Distinct())}");
    }

    private static IEnumerable<MethodDefinition> MethodsOf(TypeDefinition type) =>
        type.Methods.Concat(type.NestedTypes.SelectMany(MethodsOf));

    private static void Inspect(ModuleDefinition module, MethodDefinition method, HashSet<string> visited, List<string> violations, string path)
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

            // Follow helpers inside the module (and the compiler's closures of them), one call chain at a time; not into
            // the context itself, whose calls are judged where they are made.
            if ((called.DeclaringType.Scope.Name == module.Name || called.Module == module)
                && !called.DeclaringType.Name.EndsWith("DbContext", StringComparison.Ordinal))
            {
                var resolved = called.Resolve();
                if (resolved?.Module == module)
                {
                    Inspect(module, resolved, visited, violations, $"{path} → {resolved.DeclaringType.Name}.{resolved.Name}");
                    foreach (var nested in resolved.DeclaringType.NestedTypes.SelectMany(MethodsOf))
                    {
                        Inspect(module, nested, visited, violations, path);
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
            _ when declaring.EndsWith("DbContext", StringComparison.Ordinal)
                   && name is "SaveChangesAsync" or "SaveChanges" or "get_ChangeTracker" or "Attach" or "Entry" =>
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
