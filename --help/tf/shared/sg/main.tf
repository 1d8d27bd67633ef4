variable "name" {
  type = string
}

variable "rules" {
  type = map(object({ port = number, cidrs = list(string) }))
  default = {}
}

resource "aws_security_group" "this" {
  name = var.name

  dynamic "ingress" {
    for_each = var.rules
    content {
      description = ingress.key
      from_port   = ingress.value.port
      to_port     = ingress.value.port
      protocol    = "tcp"
      cidr_blocks = ingress.value.cidrs
    }
  }
}

output "id" {
  value = aws_security_group.this.id
}
