locals {
  name   = "svc-1-${var.environment}"
  tags   = { service = "svc-1", team = "team-17" }
  ports  = [for p in [6379, 443] : p]
  office = concat(var.allowed_cidrs, ["192.168.0.0/16"])
}
