locals {
  name   = "svc-7-${var.environment}"
  tags   = { service = "svc-7", team = "team-17" }
  ports  = [for p in [22, 80] : p]
  office = concat(var.allowed_cidrs, ["100.64.0.0/10"])
}
