resource "aws_dynamodb_table" "r14_0" {
  name = "${local.name}-14-0"
  tags = merge(local.tags, { part = "14" })
  description = "generated resource 52249 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r14_1" {
  name = "${local.name}-14-1"
  tags = merge(local.tags, { part = "14" })
  description = "generated resource 44925 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r14_2" {
  name = "${local.name}-14-2"
  tags = merge(local.tags, { part = "14" })
  description = "generated resource 60403 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r14_3" {
  name = "${local.name}-14-3"
  tags = merge(local.tags, { part = "14" })
  description = "generated resource 65671 for benchmarks; mentions 0.0.0.0/0 only in text"
}

