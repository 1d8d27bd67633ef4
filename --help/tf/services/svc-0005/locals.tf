locals {
  name   = "svc-5-${var.environment}"
  tags   = { service = "svc-5", team = "team-8" }
  ports  = [for p in [5432, 6379] : p]
  office = concat(var.allowed_cidrs, ["100.64.0.0/10"])
}
