using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PrivacyAnalyzers;

namespace Seeds.WebShop
{
    public sealed class AddressModel
    {
        [Required]
        public string Street { get; set; } = "";

        [DataType(DataType.PostalCode)]
        public string Zip { get; set; } = "";
    }

    public sealed class OrderModel
    {
        [EmailAddress]
        public string Email { get; set; } = "";

        [Phone]
        public string? Phone { get; set; }

        public AddressModel Delivery { get; set; } = new AddressModel();
    }

    [ApiController]
    [Route("api/orders")]
    public sealed class OrdersController : ControllerBase
    {
        [HttpPost] public IActionResult Place(OrderModel order) => Ok(order.Email.Length);

        [HttpGet("{id}")]
        public IActionResult Get(int id)
        {
            var ip = HttpContext.Connection.RemoteIpAddress;
            return Ok(new { id, ip = ip?.ToString() });
        }
    }

    /// <summary>Logs every visit.</summary>
    [CollectsPersonalData(DataCategories.IpAddress, Purposes.Security)]
    public sealed class VisitLog
    {
        private readonly RequestDelegate next;

        public VisitLog(RequestDelegate next) => this.next = next;

        public async Task InvokeAsync(HttpContext context)
        {
            var address = context.Connection.RemoteIpAddress;
            var cookie  = context.Request.Cookies["visitor"];
            await next(context);
            System.Diagnostics.Debug.WriteLine($"{address} {cookie}");
        }
    }
}
