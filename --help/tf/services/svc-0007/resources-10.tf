resource "aws_s3_bucket" "r10_0" {
  name = "${local.name}-10-0"
  tags = merge(local.tags, { part = "10" })
  description = "generated resource 36713 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r10_1" {
  name = "${local.name}-10-1"
  tags = merge(local.tags, { part = "10" })
  description = "generated resource 81812 for benchmarks; mentions 0.0.0.0/0 only in text"
}

