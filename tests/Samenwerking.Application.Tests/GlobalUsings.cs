global using Samenwerking.Api.Tests.Infrastructure;
global using Samenwerking.Application.Tests.Infrastructure;
