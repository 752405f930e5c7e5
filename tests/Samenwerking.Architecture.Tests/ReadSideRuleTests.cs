using Mediator;
using Samenwerking.Application.Collaborations.ExportRegister;
using Samenwerking.Application.Collaborations.ListCollaborations;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Events;
using Samenwerking.Application.Events.ReadEvents;
using Samenwerking.Application.Municipalities.ListMunicipalityCollaborations;

namespace Samenwerking.Architecture.Tests;

/// <summary>
/// The read side may lag behind the primary (it may be a replica), so only queries take it: a command that read
/// from it could decide on stale data. Checked on constructors, which is how handlers and their helpers get it.
/// </summary>
public sealed class ReadSideRuleTests
{
    private static readonly Type[] ReadSide = [typeof(IReadSideDbContext), typeof(IReadSideEventFeed)];

    private static readonly Type[] QueryHandlerInterfaces = [typeof(IQueryHandler<,>), typeof(IStreamQueryHandler<,>)];

    private static IEnumerable<Type> ApplicationTypes() => typeof(Application.Common.ApplicationAssembly).Assembly.GetTypes();

    [Fact]
    public void Only_query_handlers_take_the_read_side()
    {
        var takers = ApplicationTypes().Where(TakesTheReadSide).ToList();
        var notQueries = takers.Where(t => !Implements(t, QueryHandlerInterfaces)).Select(t => t.FullName).ToList();

        Assert.NotEmpty(takers);
        Assert.True(notQueries.Count == 0, "Only query handlers may read from the read side (a replica may lag): " + string.Join(", ", notQueries));
    }

    [Fact]
    public void No_command_handler_takes_the_read_side()
    {
        var commandHandlers = ApplicationTypes()
            .Where(t => Implements(t, [typeof(ICommandHandler<,>), typeof(ICommandHandler<>), typeof(IStreamCommandHandler<,>)]))
            .ToList();
        var offenders = commandHandlers.Where(TakesTheReadSide).Select(t => t.FullName).ToList();

        Assert.True(commandHandlers.Count >= 15, "The command handlers were not found.");
        Assert.True(offenders.Count == 0, "A command reads its own writes from the primary: " + string.Join(", ", offenders));
    }

    [Fact]
    public void Lists_search_the_register_the_export_and_the_feed_read_from_the_read_side()
    {
        Type[] expected = [typeof(ListCollaborationsHandler), typeof(ListMunicipalityCollaborationsHandler),
            typeof(ExportRegisterHandler), typeof(ReadEventsHandler)];

        Assert.All(expected, handler => Assert.True(TakesTheReadSide(handler), $"{handler.Name} should read from the read side."));
    }

    private static bool TakesTheReadSide(Type type) =>
        type.GetConstructors().SelectMany(c => c.GetParameters()).Any(p => ReadSide.Contains(p.ParameterType));

    private static bool Implements(Type type, Type[] genericInterfaces) =>
        type.GetInterfaces().Any(i => i.IsGenericType && genericInterfaces.Contains(i.GetGenericTypeDefinition()));
}
