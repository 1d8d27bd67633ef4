resource "aws_s3_bucket" "r4_0" {
  name = "${local.name}-4-0"
  tags = merge(local.tags, { part = "4" })
  description = "generated resource 32882 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r4_1" {
  name = "${local.name}-4-1"
  tags = merge(local.tags, { part = "4" })
  description = "generated resource 24536 for benchmarks; mentions 0.0.0.0/0 only in text"
}

