resource "aws_iam_role" "r1_0" {
  name = "${local.name}-1-0"
  tags = merge(local.tags, { part = "1" })
  description = "generated resource 13859 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r1_1" {
  name = "${local.name}-1-1"
  tags = merge(local.tags, { part = "1" })
  description = "generated resource 68713 for benchmarks; mentions 0.0.0.0/0 only in text"
}

