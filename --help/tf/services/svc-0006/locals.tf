locals {
  name   = "svc-6-${var.environment}"
  tags   = { service = "svc-6", team = "team-14" }
  ports  = [for p in [5432, 3306] : p]
  office = concat(var.allowed_cidrs, ["10.20.0.0/16"])
}
