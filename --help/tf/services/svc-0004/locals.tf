locals {
  name   = "svc-4-${var.environment}"
  tags   = { service = "svc-4", team = "team-8" }
  ports  = [for p in [8443, 3306] : p]
  office = concat(var.allowed_cidrs, ["192.168.0.0/16"])
}
