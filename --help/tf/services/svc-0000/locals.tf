locals {
  name   = "svc-0-${var.environment}"
  tags   = { service = "svc-0", team = "team-1" }
  ports  = [for p in [5432, 22] : p]
  office = concat(var.allowed_cidrs, ["172.16.0.0/12"])
}
